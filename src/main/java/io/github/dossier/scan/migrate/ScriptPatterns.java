package io.github.dossier.scan.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises, as text, the generation scripts that have a declarative equivalent
 * (docs/scans.md, "Migrating scripts"): results fetched by plugin ids, affected systems as the
 * de-duplicated, sorted host or service names, and a placeholder that is a bullet list of the
 * same. Anything else is not recognised, with the reason; a script is never run.
 */
final class ScriptPatterns {

    /** A recognised script as a rule: the plugin ids in written order, host or service, and the listing or null. */
    record Rule(List<String> plugins, String affected, String placeholder) {
        String describe() {
            return "nessus plugins " + String.join(", ", plugins) + "; affected " + affected
                    + (placeholder == null ? "" : "; placeholder " + placeholder);
        }
    }

    /** The outcome: a rule, or why there is none. */
    record Recognition(Rule rule, String reason) {
        static Recognition no(String reason) {
            return new Recognition(null, reason);
        }
    }

    private static final Pattern TRIVY = Pattern.compile("(?i)trivy|\\bVulnerabilit|\\bPkgName\\b");
    private static final Pattern XML = Pattern.compile("querySelector|getElementsBy|\\bevaluate\\s*\\(|(?i:xpath)"
            + "|DOMParser|\\bReportItem\\b|\\bReportHost\\b|(?i:\\.xml\\b|nessusXml)");
    private static final Pattern OUTPUT = Pattern.compile("(?i)plugin_?output");
    /** The fetch, called on its own or, as the users' library writes it, on issueGeneration.nessus.helpers. */
    private static final Pattern FETCH = Pattern.compile("(?:\\bissueGeneration\\s*\\.\\s*nessus\\s*\\.\\s*helpers\\s*"
            + "\\.\\s*)?\\bgetReportItemsForPluginIds\\s*\\(([^()]*)\\)");
    /**
     * {@code .sort((a, b) => a.localeCompare(b))}: a plain sort by the names, as far as the rule
     * is concerned (Dossier sorts names in natural order; docs/scans.md).
     */
    private static final Pattern LOCALE_SORT = Pattern.compile("\\.sort\\s*\\(\\s*\\(\\s*([A-Za-z_$][\\w$]*)\\s*,\\s*"
            + "([A-Za-z_$][\\w$]*)\\s*\\)\\s*=>\\s*\\1\\s*\\.\\s*localeCompare\\s*\\(\\s*\\2\\s*\\)\\s*\\)");
    private static final Pattern HEADER = Pattern.compile("\\bfunction\\s+\\w+\\s*\\([^)]*\\)|^[ \\t]*\\w+\\s*:\\s*"
            + "[|>]?[-+]?|\\b(?:const|let|var)\\s+\\w+\\s*=\\s*(?:function\\s*)?(?:\\([^)]*\\)\\s*(?:=>)?)?",
            Pattern.MULTILINE);
    private static final Pattern PROPERTY = Pattern.compile("(?<!\\.)\\.\\s*([A-Za-z_$][\\w$]*)");
    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_$][\\w$]*)\\s*\\(");
    private static final Pattern STRING = Pattern.compile("\"#(\\d+)\"");
    private static final Pattern BULLET = Pattern.compile("[-*] (\\$\\{\\s*[\\w$]+\\s*})?");
    private static final Set<String> PROPERTIES = Set.of("map", "sort", "from", "filter", "indexOf", "join",
            "hostName", "serviceName");
    private static final Set<String> CALLS = Set.of("function", "map", "sort", "from", "Set", "filter", "indexOf",
            "join", "getIssueContext");

    private ScriptPatterns() {
    }

    static Recognition recognise(String source) {
        Script script = Script.read(source);
        String text = script.code() + "\n" + String.join("\n", script.strings());
        if (TRIVY.matcher(text).find()) {
            return Recognition.no("it reads Trivy results");
        }
        if (XML.matcher(text).find()) {
            return Recognition.no("it queries the scan XML directly");
        }
        if (OUTPUT.matcher(text).find()) {
            return Recognition.no("it reads plugin output (a capture: placeholder may do; write it by hand)");
        }
        if (!script.helpers().isEmpty()) {
            return Recognition.no("it defines functions of its own (" + String.join(", ", script.helpers()) + ")");
        }
        if (!script.preamble().isEmpty()) {
            return Recognition.no("it runs code outside getIssueContext, getAffectedSystems and"
                    + " getPlaceholderContent");
        }
        Map<String, String> parts = script.parts();
        if (!parts.containsKey("getIssueContext")) {
            return Recognition.no("it has no getIssueContext");
        }
        if (!parts.containsKey("getAffectedSystems")) {
            return Recognition.no("it has no getAffectedSystems");
        }
        Recognition plugins = plugins(parts.get("getIssueContext"), script.strings());
        if (plugins.reason() != null) {
            return plugins;
        }
        String affected = naming("getAffectedSystems", parts.get("getAffectedSystems"), script.strings(), false);
        if (!affected.equals("host") && !affected.equals("service")) {
            return Recognition.no(affected);
        }
        String placeholder = null;
        if (parts.containsKey("getPlaceholderContent")) {
            placeholder = naming("getPlaceholderContent", parts.get("getPlaceholderContent"), script.strings(), true);
            if (!placeholder.equals("host") && !placeholder.equals("service")) {
                return Recognition.no(placeholder);
            }
            placeholder = placeholder + "s";
        }
        return new Recognition(new Rule(plugins.rule().plugins(), affected, placeholder), null);
    }

    /** The ids of the one getReportItemsForPluginIds call that is all getIssueContext does. */
    private static Recognition plugins(String part, List<String> strings) {
        Matcher fetch = FETCH.matcher(part);
        if (!fetch.find()) {
            return Recognition.no("getIssueContext does not call getReportItemsForPluginIds");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String arg : fetch.group(1).split("[\\s,\\[\\]]+")) {
            Matcher s = STRING.matcher(arg);
            String id = s.matches() ? strings.get(Integer.parseInt(s.group(1))).strip() : arg;
            if (!id.isEmpty() && !id.matches("[0-9]{1,9}")) {
                return Recognition.no("getReportItemsForPluginIds is called with something other than written-out"
                        + " plugin ids");
            }
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        String rest = HEADER.matcher(part.substring(0, fetch.start()) + part.substring(fetch.end())).replaceAll("")
                .replaceAll("\\breturn\\b|[{};\\s]", "");
        if (ids.isEmpty() || !rest.isEmpty() || fetch.find()) {
            return Recognition.no(ids.isEmpty() ? "getReportItemsForPluginIds is called without plugin ids"
                    : "getIssueContext does more than fetch the results of its plugins");
        }
        return new Recognition(new Rule(List.copyOf(ids), null, null), null);
    }

    /**
     * "host" or "service" when the part returns the de-duplicated, sorted list of one kind of
     * name (as a bullet list when {@code bullets}); otherwise the reason it does not.
     */
    private static String naming(String name, String part, List<String> strings, boolean bullets) {
        String code = LOCALE_SORT.matcher(HEADER.matcher(part).replaceFirst("")).replaceAll(".sort()");
        for (Matcher m = PROPERTY.matcher(code); m.find();) {
            if (!PROPERTIES.contains(m.group(1)) || !bullets && m.group(1).equals("join")) {
                return name + " uses ." + m.group(1) + ", which has no declarative equivalent";
            }
        }
        for (Matcher m = CALL.matcher(code); m.find();) {
            if (!CALLS.contains(m.group(1))) {
                return name + " calls " + m.group(1);
            }
        }
        boolean host = code.contains(".hostName");
        if (host == code.contains(".serviceName")) {
            return name + (host ? " mixes host and service names" : " lists neither hostName nor serviceName");
        }
        if (!code.matches("(?s).*\\bnew\\s+Set\\s*\\(.*") && !code.contains(".indexOf")) {
            return name + " does not remove duplicates";
        }
        if (!code.matches("(?s).*\\.sort\\s*\\(\\s*\\).*")) {
            return name + (code.contains(".sort") ? " sorts in an order of its own" : " does not sort");
        }
        String literals = literals(code, strings, bullets);
        return literals != null ? name + literals : host ? "host" : "service";
    }

    /** Null when the part's strings are only what a bullet list needs (or none at all); else why not. */
    private static String literals(String code, List<String> strings, boolean bullets) {
        List<String> used = new ArrayList<>();
        for (Matcher m = STRING.matcher(code); m.find();) {
            used.add(strings.get(Integer.parseInt(m.group(1))));
        }
        if (!bullets) {
            return used.isEmpty() ? null : " builds names out of text";
        }
        boolean bullet = used.stream().anyMatch(s -> BULLET.matcher(s).matches());
        boolean lines = used.contains("\n") && code.contains(".join");
        boolean other = used.stream().anyMatch(s -> !s.equals("\n") && !BULLET.matcher(s).matches());
        return bullet && lines && !other ? null : " does not return a bullet list of names";
    }
}

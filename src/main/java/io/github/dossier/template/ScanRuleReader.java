package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.scan.ScanRule;
import io.github.dossier.scan.ScanRule.Kind;
import io.github.dossier.scan.ScanRule.Naming;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a template's {@code scan:} block (docs/scans.md) into a {@link ScanRule}, reporting
 * every mistake where it is written. A rule with any mistake is dropped whole.
 */
final class ScanRuleReader {

    static final List<String> KEYS = List.of("nessus", "trivy", "affected", "placeholder", "options", "table");
    /** Capture patterns longer than this are refused: a placeholder needs a short expression. */
    static final int MAX_PATTERN_CHARS = 200;

    private static final Set<String> SEVERITIES = Set.of("UNKNOWN", "LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final Pattern PLUGIN_ID = Pattern.compile("[0-9]{1,9}");
    private static final Pattern GROUP_NAME = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final String FORM = "write scan: {nessus: {plugins: [10863]}, affected: host}";

    private final Location origin;
    private final FrontMatterNodes nodes;

    ScanRuleReader(Location origin, Problems problems) {
        this.origin = origin;
        this.nodes = new FrontMatterNodes(origin, problems);
    }

    Optional<ScanRule> read(Node key, Node value) {
        Location at = FrontMatterParser.at(origin, key.getStartMark());
        Map<String, Node> fields = nodes.mapping(value, "scan", KEYS, FORM);
        if (fields == null) {
            return Optional.empty();
        }
        boolean nessus = fields.containsKey("nessus");
        if (nessus == fields.containsKey("trivy")) {
            nodes.error(value, nessus ? "a scan rule reads one scanner, not both nessus and trivy"
                    : "scan needs nessus: or trivy:", nessus ? "use one template per scanner" : FORM);
            return Optional.empty();
        }
        ScanRule.Selector selector = nessus ? nessus(fields.get("nessus")) : trivy(fields.get("trivy"));
        Naming naming = naming(fields.get("affected"), nessus);
        ScanRule.Placeholder placeholder = placeholder(fields.get("placeholder"), nessus);
        Map<String, String> options = options(fields.get("options"));
        ScanRule.Table table = table(fields.get("table"), nessus);
        return nodes.ok() && selector != null
                ? Optional.of(new ScanRule(selector, naming, placeholder, at, options, table)) : Optional.empty();
    }

    /** {@code options: {aws: false, 2: true}}: decisions for the findings this rule makes. */
    private Map<String, String> options(Node node) {
        if (node == null) {
            return Map.of();
        }
        Map<String, Node> fields = nodes.mapping(node, "scan.options", null,
                "write options: {aws: false, 2: true}");
        Map<String, String> options = new java.util.LinkedHashMap<>();
        if (fields == null) {
            return options;
        }
        fields.forEach((key, value) -> {
            String text = nodes.scalar(value, "scan.options." + key);
            if (text == null) {
                return;
            }
            String t = text.strip().toLowerCase(Locale.ROOT);
            if (!t.equals("true") && !t.equals("false") && !t.matches("[1-9][0-9]{0,8}") && !t.matches("(?s).*\\p{L}.*")) {
                nodes.error(value, "scan.options." + key + " must be true, false, the number of an alternative or"
                        + " a part's text", "for example options: {aws: false, 2: 1}");
                return;
            }
            options.put(key, text.strip());
        });
        return options;
    }

    /** {@code table: {number: 1, columns: [host, service]}}: the matched results fill a table. */
    private ScanRule.Table table(Node node, boolean nessus) {
        if (node == null) {
            return null;
        }
        String form = "write table: {number: 1, columns: [host, service]}";
        Map<String, Node> fields = nodes.mapping(node, "scan.table", List.of("number", "columns"), form);
        if (fields == null) {
            return null;
        }
        int number = 1;
        if (fields.containsKey("number")) {
            String text = nodes.scalar(fields.get("number"), "scan.table.number");
            if (text == null || !text.strip().matches("[1-9][0-9]{0,8}")) {
                nodes.error(fields.get("number"), "scan.table.number must be the number of a table (1, 2, …)", form);
                return null;
            }
            number = Integer.parseInt(text.strip());
        }
        List<String> names = nodes.texts(fields.get("columns"), "scan.table.columns");
        if (names == null || names.isEmpty()) {
            nodes.error(fields.getOrDefault("columns", node), "scan.table needs columns", form);
            return null;
        }
        List<ScanRule.Column> columns = new ArrayList<>();
        for (String name : names) {
            ScanRule.Column column = null;
            for (ScanRule.Column c : ScanRule.Column.values()) {
                if (c.name().equalsIgnoreCase(name.strip()) && c.nessus() == nessus) {
                    column = c;
                }
            }
            if (column == null) {
                nodes.error(fields.get("columns"), "column '" + name + "' does not suit " + scanner(nessus) + " results",
                        nessus ? "use host, service or plugin"
                                : "use target, package, vulnerability, severity, installed or fixed");
                return null;
            }
            columns.add(column);
        }
        return new ScanRule.Table(number, columns);
    }

    private ScanRule.Selector nessus(Node node) {
        Map<String, Node> fields = nodes.mapping(node, "scan.nessus", List.of("plugins"),
                "write nessus: {plugins: [10863]}");
        if (fields == null) {
            return null;
        }
        List<String> plugins = nodes.texts(fields.get("plugins"), "scan.nessus.plugins");
        if (plugins == null || plugins.isEmpty()) {
            nodes.error(fields.getOrDefault("plugins", node), "scan.nessus needs at least one plugin id",
                    "write plugins: [10863, 42873]");
            return null;
        }
        for (String id : plugins) {
            if (!PLUGIN_ID.matcher(id).matches()) {
                nodes.error(fields.get("plugins"), "plugin id '" + id + "' is not a number",
                        "write Nessus plugin ids, such as 10863");
            }
        }
        return new ScanRule.Nessus(new LinkedHashSet<>(plugins));
    }

    private ScanRule.Selector trivy(Node node) {
        String form = "write trivy: {ids: [CVE-2023-0286]}, {packages: [openssl]} or {severities: [HIGH, CRITICAL]}";
        Map<String, Node> fields = nodes.mapping(node, "scan.trivy", List.of("ids", "packages", "severities"), form);
        if (fields == null) {
            return null;
        }
        Set<String> ids = upper(nodes.texts(fields.get("ids"), "scan.trivy.ids"));
        Set<String> packages = new LinkedHashSet<>(orEmpty(nodes.texts(fields.get("packages"), "scan.trivy.packages")));
        Set<String> severities = upper(nodes.texts(fields.get("severities"), "scan.trivy.severities"));
        for (String severity : severities) {
            if (!SEVERITIES.contains(severity)) {
                nodes.error(fields.get("severities"), "'" + severity + "' is not a Trivy severity",
                        "use UNKNOWN, LOW, MEDIUM, HIGH or CRITICAL");
            }
        }
        if (ids.isEmpty() && packages.isEmpty() && severities.isEmpty()) {
            nodes.error(node, "scan.trivy needs ids, packages or severities", form);
            return null;
        }
        return new ScanRule.Trivy(ids, packages, severities);
    }

    private Naming naming(Node node, boolean nessus) {
        if (node == null) {
            return nessus ? Naming.HOST : Naming.TARGET;
        }
        String text = nodes.scalar(node, "scan.affected");
        Naming naming = text == null ? null : switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "host" -> Naming.HOST;
            case "service" -> Naming.SERVICE;
            case "target" -> Naming.TARGET;
            default -> null;
        };
        if (naming == null || (naming == Naming.TARGET) == nessus) {
            nodes.error(node, "scan.affected '" + text + "' does not suit " + scanner(nessus) + " results",
                    nessus ? "use host or service" : "use target (Trivy results name their target)");
            return nessus ? Naming.HOST : Naming.TARGET;
        }
        return naming;
    }

    private ScanRule.Placeholder placeholder(Node node, boolean nessus) {
        if (node == null) {
            return null;
        }
        if (node instanceof MappingNode) {
            return capture(node, nessus);
        }
        String text = nodes.scalar(node, "scan.placeholder");
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                kind = k;
            }
        }
        if (kind == null || kind.nessus() != nessus) {
            nodes.error(node, "scan.placeholder '" + text + "' does not suit " + scanner(nessus) + " results",
                    nessus ? "use services, hosts or {capture: '(?<name>…)', list: name}"
                            : "use targets, packages or vulnerabilities");
            return null;
        }
        return new ScanRule.Listing(kind);
    }

    private ScanRule.Placeholder capture(Node node, boolean nessus) {
        String form = "write placeholder: {capture: '(?<version>TLSv1\\.[01])', list: version}";
        Map<String, Node> fields = nodes.mapping(node, "scan.placeholder", List.of("capture", "list"), form);
        if (fields == null) {
            return null;
        }
        if (!nessus) {
            nodes.error(node, "a capture reads Nessus plugin output; Trivy results have none",
                    "use targets, packages or vulnerabilities");
            return null;
        }
        Node at = fields.get("capture");
        String regex = at == null ? null : nodes.scalar(at, "scan.placeholder.capture");
        if (regex == null || regex.isEmpty()) {
            nodes.error(node, "scan.placeholder needs capture: with a regular expression", form);
            return null;
        }
        if (regex.length() > MAX_PATTERN_CHARS) {
            nodes.error(at, "the capture pattern is " + regex.length() + " characters, over the limit of "
                    + MAX_PATTERN_CHARS, "capture only the part you need");
            return null;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            nodes.error(at, "the capture pattern is not a regular expression: " + e.getDescription() + " near index "
                    + e.getIndex(), "fix the pattern; quote it in single quotes so backslashes stay as written");
            return null;
        }
        return group(fields.get("list"), at, regex).map(g -> new ScanRule.Capture(pattern, g)).orElse(null);
    }

    /** The named group to list: as written, or the pattern's only one. */
    private Optional<String> group(Node list, Node at, String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        String only = names.size() == 1 ? names.get(0) : null;
        String wanted = list == null ? only : nodes.scalar(list, "scan.placeholder.list");
        if (wanted != null && names.contains(wanted.strip())) {
            return Optional.of(wanted.strip());
        }
        nodes.error(list == null ? at : list, wanted == null
                ? "the capture pattern needs one named group, or list: naming one"
                : "the capture pattern has no group named '" + wanted + "'",
                Suggestions.didYouMean(wanted == null ? "" : wanted, names, "name a group: (?<version>…), then"
                        + " list: version"));
        return Optional.empty();
    }

    private static String scanner(boolean nessus) {
        return nessus ? "Nessus" : "Trivy";
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static Set<String> upper(List<String> list) {
        Set<String> set = new LinkedHashSet<>();
        orEmpty(list).forEach(s -> set.add(s.toUpperCase(Locale.ROOT)));
        return set;
    }

}

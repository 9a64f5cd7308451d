package io.github.dossier.scan.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generation script read as text, never run: its comments dropped, its string literals
 * replaced by placeholders (so a {@code //} or a name inside a string cannot fool the patterns)
 * and kept aside, and its code cut into the parts the Word add-in calls.
 */
final class Script {

    /** The functions the add-in calls. */
    static final List<String> FUNCTIONS = List.of("getIssueContext", "getAffectedSystems", "getPlaceholderContent");

    /** A definition: {@code function name(}, {@code name:} (a YAML key) or {@code const name =}. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)\\bfunction\\s+(" + names() + ")\\s*\\(|^[ \\t]*("
            + names() + ")\\s*:|\\b(?:const|let|var)\\s+(" + names() + ")\\s*=");
    private static final Pattern OTHER_FUNCTION = Pattern.compile("\\bfunction\\s+([A-Za-z_$][\\w$]*)");

    private static String names() {
        return String.join("|", FUNCTIONS);
    }

    private final String code;
    private final List<String> strings = new ArrayList<>();

    private Script(String source) {
        this.code = strip(source);
    }

    static Script read(String source) {
        return new Script(source);
    }

    /** The code without comments; string literals read {@code "#0"}, {@code "#1"}, … */
    String code() {
        return code;
    }

    /** The string literals in order, without their quotes. */
    List<String> strings() {
        return List.copyOf(strings);
    }

    /** The code of each function the add-in calls, from its definition to the next one, by name. */
    Map<String, String> parts() {
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher m = DEFINITION.matcher(code);
        while (m.find()) {
            starts.add(m.start());
            names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : code.length();
            parts.merge(names.get(i), code.substring(starts.get(i), end), String::concat);
        }
        return parts;
    }

    /** The code before the first of the add-in's functions, without the {@code generation:} key. */
    String preamble() {
        Matcher m = DEFINITION.matcher(code);
        String before = m.find() ? code.substring(0, m.start()) : code;
        return before.replaceFirst("^\\s*generation\\s*:\\s*(?:[|>][-+0-9]*)?", "").strip();
    }

    /** Functions defined besides the add-in's three. */
    List<String> helpers() {
        List<String> helpers = new ArrayList<>();
        Matcher m = OTHER_FUNCTION.matcher(code);
        while (m.find()) {
            if (!FUNCTIONS.contains(m.group(1))) {
                helpers.add(m.group(1));
            }
        }
        return helpers;
    }

    /** Drops comments and lifts string literals out, leaving numbered stand-ins. */
    private String strip(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                i = s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int close = s.indexOf("*/", i + 2);
                i = close < 0 ? s.length() : close + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'' || c == '`') {
                i = literal(s, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Reads the literal opening at {@code start}; returns the index after it. */
    private int literal(String s, int start, StringBuilder out) {
        char quote = s.charAt(start);
        StringBuilder text = new StringBuilder();
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && (quote == '`' || s.charAt(i) != '\n')) {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                text.append(unescape(s.charAt(i + 1)));
                i += 2;
            } else {
                text.append(s.charAt(i++));
            }
        }
        out.append('"').append('#').append(strings.size()).append('"');
        strings.add(text.toString());
        return Math.min(i + 1, s.length());
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> c;
        };
    }
}

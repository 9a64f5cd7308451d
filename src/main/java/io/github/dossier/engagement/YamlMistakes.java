package io.github.dossier.engagement;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Explains the YAML mistakes a pentester makes all day in plain words, with the line as it should
 * be: a URL with {@code ?} in a {@code [ ]} list, a value containing {@code ': '}, a value starting
 * with {@code @} or a backtick, text after a closing quote. SnakeYAML's own message ("mapping values
 * are not allowed here") names the parser's state, not the writer's mistake.
 */
final class YamlMistakes {

    /** {@code key: value} or {@code - key: value}: indent, key, the rest (hints show lines without their indent). */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:-\\s+)?)([^\\s#'\"\\[{][^#]*?):[ \\t]+(.*?)\\s*");
    /** {@code - value}: indent, the rest. */
    private static final Pattern LIST_ITEM = Pattern.compile("(\\s*-[ \\t]+)(.*?)\\s*");

    /**
     * A mistake explained.
     *
     * @param line 1-based line of the place to show
     * @param column 1-based column
     */
    record Explained(int line, int column, String message, String hint) {
    }

    private final List<String> lines;

    YamlMistakes(String text) {
        this.lines = List.of(text.split("\n", -1));
    }

    /** The mistake in plain words, or empty when it is not one of the common ones. */
    Optional<Explained> explain(MarkedYAMLException e) {
        Mark at = e.getProblemMark();
        String problem = String.valueOf(e.getProblem());
        if (at == null || at.getLine() >= lines.size()) {
            return Optional.empty();
        }
        String context = String.valueOf(e.getContext());
        if (context.startsWith("while parsing a flow")) {
            return flow(e.getContextMark(), at, context.endsWith("mapping"));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return colonInValue(at);
        }
        if (problem.startsWith("found character")) {
            return cannotStart(at);
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'")) {
            return textAfterQuote(at);
        }
        if (problem.startsWith("sequence entries are not allowed")) {
            return Optional.of(explained(at, "a list item ('- ') cannot follow a key on its line",
                    "put each item on its own line under the key, indented, or quote the value if the dash is part"
                            + " of the text: " + quotedValue(at.getLine()).orElse("key: \"- text\"")));
        }
        if (problem.startsWith("expected <block end>")) {
            return Optional.of(explained(at, "this line is indented differently from the lines of its block",
                    "indent the keys of one mapping by the same number of spaces"));
        }
        return Optional.empty();
    }

    /** {@code client: Acme: Bank}, or a line indented under a key that already has its value. */
    private Optional<Explained> colonInValue(Mark at) {
        String line = lines.get(at.getLine());
        Matcher m = KEY_VALUE.matcher(line);
        if (m.matches() && at.getColumn() >= m.start(3)) {
            return Optional.of(explained(at, "this value contains ': ', which YAML reads as the start of another key",
                    "quote this value: " + m.group(2) + ": " + quote(m.group(3))));
        }
        return Optional.of(explained(at, "this line is indented deeper than the line above, whose key already has a"
                + " value", "indent it like the line above, or quote the value above if it goes on"));
    }

    /** {@code XREF: @sqli}, {@code URL: `x`}, a tab used to indent. */
    private Optional<Explained> cannotStart(Mark at) {
        String line = lines.get(at.getLine());
        char c = at.getColumn() < line.length() ? line.charAt(at.getColumn()) : ' ';
        if (c == '\t') {
            return Optional.of(explained(at, "a tab indents this line; YAML indents with spaces only",
                    "replace the tab with spaces"));
        }
        return Optional.of(explained(at, "a value cannot start with '" + c + "' unless it is quoted",
                quotedValue(at.getLine()).map(fixed -> "quote this value: " + fixed)
                        .orElse("put the value in double quotes")));
    }

    /** {@code A: "x" y} or {@code A: 'it's'}: text after the closing quote. */
    private Optional<Explained> textAfterQuote(Mark at) {
        Matcher m = KEY_VALUE.matcher(lines.get(at.getLine()));
        if (!m.matches() || m.group(3).isEmpty() || "'\"".indexOf(m.group(3).charAt(0)) < 0) {
            return Optional.empty();
        }
        String value = m.group(3);
        char q = value.charAt(0);
        String meant = value.length() > 1 && value.charAt(value.length() - 1) == q
                ? value.substring(1, value.length() - 1) : value;
        return Optional.of(explained(at, "text follows the closing quote of this value",
                "quote the whole value once: " + m.group(2) + ": " + quote(meant)));
    }

    /** A value in a {@code [ ]} list or {@code { }} mapping that holds YAML's markup, or a list never closed. */
    private Optional<Explained> flow(Mark open, Mark at, boolean mapping) {
        String brackets = mapping ? "{ }" : "[ ]";
        if (open == null || open.getLine() != at.getLine()) {
            Mark where = open == null ? at : open;
            return Optional.of(explained(where, "the " + brackets + " " + (mapping ? "mapping" : "list")
                    + " opened here is never closed on its line", "close it with " + brackets.charAt(2)
                    + ", or quote the value if the " + brackets.charAt(0) + " is part of the text"));
        }
        String line = lines.get(at.getLine());
        char c = at.getColumn() < line.length() ? line.charAt(at.getColumn()) : ' ';
        String fixed = FlowQuoting.quoteValues(line, open.getColumn(), mapping).map(f -> ": " + f.strip()).orElse("");
        return Optional.of(explained(at, "a value in this " + brackets + " " + (mapping ? "mapping" : "list")
                + " contains '" + c + "', which YAML reads as markup there", "quote the values" + fixed));
    }

    /** The line with its value quoted, for {@code key: value} and {@code - value} lines. */
    private Optional<String> quotedValue(int index) {
        String line = lines.get(index);
        Matcher m = KEY_VALUE.matcher(line);
        if (m.matches() && !m.group(3).isEmpty()) {
            return Optional.of(m.group(2) + ": " + quote(m.group(3)));
        }
        Matcher item = LIST_ITEM.matcher(line);
        return item.matches() && !item.group(2).isEmpty()
                ? Optional.of((item.group(1) + quote(item.group(2))).strip()) : Optional.empty();
    }

    /** A value in double quotes, or single quotes when it holds a backslash or a double quote. */
    static String quote(String value) {
        if (value.indexOf('"') < 0 && value.indexOf('\\') < 0) {
            return "\"" + value + "\"";
        }
        return "'" + value.replace("'", "''") + "'";
    }

    private static Explained explained(Mark at, String message, String hint) {
        return new Explained(at.getLine() + 1, at.getColumn() + 1, message, hint);
    }
}

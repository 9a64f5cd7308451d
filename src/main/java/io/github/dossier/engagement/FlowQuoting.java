package io.github.dossier.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewrites a one-line {@code [a, b]} list or {@code {k: v}} mapping with every plain value quoted,
 * to show the writer the line YAML would read: {@code affected: [https://a.example/?x=1, b]} becomes
 * {@code affected: ["https://a.example/?x=1", "b"]}.
 */
final class FlowQuoting {

    private FlowQuoting() {
    }

    /**
     * The line with the values of the collection opening at {@code open} quoted; empty when the
     * collection does not close on the line.
     */
    static Optional<String> quoteValues(String line, int open, boolean mapping) {
        int close = closing(line, open);
        if (close < 0) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String item : split(line.substring(open + 1, close))) {
            items.add(mapping ? entry(item) : quoted(item));
        }
        return Optional.of(line.substring(0, open + 1) + String.join(", ", items) + line.substring(close));
    }

    private static String entry(String item) {
        int colon = item.indexOf(": ");
        return colon < 0 ? item : item.substring(0, colon) + ": " + quoted(item.substring(colon + 2).strip());
    }

    private static String quoted(String value) {
        if (value.isEmpty() || "'\"[{".indexOf(value.charAt(0)) >= 0) {
            return value;
        }
        return YamlMistakes.quote(value);
    }

    /** The index of the bracket closing the one at {@code open}, quotes and nesting respected; -1 if none. */
    private static int closing(String line, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level items separated by commas, trimmed. */
    private static List<String> split(String content) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                items.add(content.substring(start, i).strip());
                start = i + 1;
            }
        }
        items.add(content.substring(start).strip());
        return items;
    }
}

package io.github.dossier.template;

import java.util.List;

/** The template source of parsed nodes, for keys and messages. */
public final class NodeText {

    private NodeText() {
    }

    /** The markup as the template writes it. */
    public static String source(List<Node> nodes) {
        return Texts.source(nodes);
    }

    /**
     * Nodes quoted for a message, so the writer can decide without opening the template: the
     * source with whitespace collapsed, shortened to its first and last words when long.
     */
    public static String quote(List<Node> nodes) {
        String[] words = Texts.source(nodes).strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            return "\"\"";
        }
        if (words.length <= 12) {
            return "\"" + String.join(" ", words) + "\"";
        }
        return "\"" + String.join(" ", java.util.Arrays.copyOfRange(words, 0, 5)) + " … "
                + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 4, words.length)) + "\"";
    }

    /** The key an editorial text is matched by: whitespace runs collapsed. */
    public static String editorialKey(String text) {
        return HighlightFactory.editorialKey(text);
    }

    /** The key a choice is matched by: spacing around {@code ||} removed. */
    public static String choiceKey(String text) {
        return Highlights.choiceKey(text);
    }
}

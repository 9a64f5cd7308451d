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

    /** The key an editorial text is matched by: whitespace runs collapsed. */
    public static String editorialKey(String text) {
        return HighlightFactory.editorialKey(text);
    }

    /** The key a choice is matched by: spacing around {@code ||} removed. */
    public static String choiceKey(String text) {
        return Highlights.choiceKey(text);
    }
}

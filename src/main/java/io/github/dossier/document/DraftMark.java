package io.github.dossier.document;

import org.commonmark.node.CustomNode;

/**
 * Something not decided yet, shown highlighted in every format: markup a draft build left
 * unresolved ({@code {==URL==}} in the resolved Markdown) or an undecided value such as
 * {@code TBA} in a table.
 */
public final class DraftMark extends CustomNode {

    private final String content;

    DraftMark(String content) {
        this.content = content;
    }

    /** The text shown highlighted. */
    public String content() {
        return content;
    }
}

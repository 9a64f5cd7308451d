package io.github.dossier.output;

import org.commonmark.node.CustomNode;

/** Unresolved markup left visible by draft mode: {@code {==URL==}} in the resolved Markdown. */
final class DraftMark extends CustomNode {

    private final String content;

    DraftMark(String content) {
        this.content = content;
    }

    String content() {
        return content;
    }
}

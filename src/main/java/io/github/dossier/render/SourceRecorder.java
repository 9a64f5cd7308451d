package io.github.dossier.render;

import io.github.dossier.engagement.Value;
import io.github.dossier.template.Node;
import java.util.List;

/**
 * Told by a {@link Resolver} where each piece of its Markdown came from, so that a problem found in
 * the rendered text (a misspelt word) can be reported where the writer wrote it: in a template, at
 * the line and column of its text, or in the descriptor, at a value. Offsets are into the Markdown
 * of the {@link Resolver#resolve} call under way. What is not recorded is the resolver's own text
 * (draft marks, a cross-reference's link) or text it rewrites after writing it (code, table cells,
 * struck drafts); {@link #resolved} gives the nodes, and {@link #rewritten} the values, where such
 * text can still be looked for.
 */
public interface SourceRecorder {

    /** Records nothing: the resolver's default. */
    SourceRecorder NONE = new SourceRecorder() {
        @Override
        public void text(int start, int end, Node.Text text, int from) {
        }

        @Override
        public void value(int start, int end, Value value) {
        }

        @Override
        public void rewritten(Value value) {
        }

        @Override
        public void resolved(String markdown, List<Node> nodes) {
        }
    };

    /** {@code [start, end)} is {@code text}, a template's Markdown as written, from its index {@code from}. */
    void text(int start, int end, Node.Text text, int from);

    /** {@code [start, end)} renders {@code value} (escaped, or as a block). */
    void value(int start, int end, Value value);

    /** {@code value} went into text the resolver rewrites (a table cell, code): it has no offsets, but its words can be looked for. */
    void rewritten(Value value);

    /** A {@link Resolver#resolve} call of {@code nodes} ended with this Markdown; the pieces since the last call are in it. */
    void resolved(String markdown, List<Node> nodes);
}

package io.github.dossier.render;

import io.github.dossier.engagement.Value;
import io.github.dossier.template.Node;

/**
 * Told by a {@link Resolver} where each piece of its Markdown came from, so that a problem found in
 * the rendered text (a misspelt word) can be reported where the writer wrote it: in a template, at
 * the line and column of its text, or in the descriptor, at a value. Offsets are into the Markdown
 * of the {@link Resolver#resolve} call under way; what is not reported (draft marks, link targets a
 * cross-reference adds, an option's line prefix) is the resolver's own text.
 */
public interface SourceRecorder {

    /** Records nothing: the resolver's default. */
    SourceRecorder NONE = new SourceRecorder() {
        @Override
        public void text(int start, int end, Node.Text text) {
        }

        @Override
        public void value(int start, int end, Value value) {
        }

        @Override
        public void resolved(String markdown) {
        }
    };

    /** {@code [start, end)} is {@code text}, a template's Markdown, exactly as written. */
    void text(int start, int end, Node.Text text);

    /** {@code [start, end)} renders {@code value} (escaped, or as a block). */
    void value(int start, int end, Value value);

    /** One {@link Resolver#resolve} call ended with this Markdown; the pieces since the last call are in it. */
    void resolved(String markdown);
}

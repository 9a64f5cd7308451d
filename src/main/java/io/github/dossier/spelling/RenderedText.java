package io.github.dossier.spelling;

import io.github.dossier.engagement.Value;
import io.github.dossier.template.Node;
import java.util.List;

/**
 * One piece of Markdown a resolver rendered (a finding's title or section, a writer's section) and
 * where its parts came from.
 *
 * @param part what it belongs to, for messages ({@code finding 'sqli'}, {@code section 'intro.md'})
 * @param markdown the Markdown as the resolver wrote it
 * @param origins the recorded pieces in order, none overlapping; the rest is the resolver's own text, or
 *     text it rewrote (table cells), which {@code nodes} still hold
 * @param nodes the template nodes resolved
 * @param rewritten the values written into text the resolver rewrote (table cells), without offsets
 */
record RenderedText(String part, String markdown, List<Origin> origins, List<Node> nodes, List<Value> rewritten) {

    RenderedText {
        origins = List.copyOf(origins);
        nodes = List.copyOf(nodes);
        rewritten = List.copyOf(rewritten);
    }

    /**
     * A piece of the Markdown: {@code [start, end)} is a template's text or renders a value.
     *
     * @param text the template's text, or null for a value
     * @param from where in {@code text} the piece starts
     * @param value the descriptor's value, or null for a template's text
     */
    record Origin(int start, int end, Node.Text text, int from, Value value) {
    }

    /** The piece holding {@code offset}, or null where the resolver wrote the text itself. */
    Origin originAt(int offset) {
        int low = 0;
        int high = origins.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Origin o = origins.get(mid);
            if (offset < o.start()) {
                high = mid - 1;
            } else if (offset >= o.end()) {
                low = mid + 1;
            } else {
                return o;
            }
        }
        return null;
    }
}

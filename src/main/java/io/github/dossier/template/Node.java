package io.github.dossier.template;

import io.github.dossier.problem.Location;
import java.util.List;

/**
 * A piece of a parsed template body. Text is Markdown source; the other nodes are the markup
 * that goes beyond Markdown (SPEC §1.3). Containers hold lists of nodes, so the tree nests as
 * the markup does.
 */
public sealed interface Node permits Node.Text, Node.Toggle, Node.Slot, Node.Choice, Node.Note,
        Node.Editorial, Node.Marker, Node.Group {

    /** Where the node starts in its template file. */
    Location location();

    /** Where a highlight sits: in running text, in a code span, or in a fenced code block. */
    enum Context {
        TEXT, CODE_SPAN, CODE_BLOCK
    }

    /** Markdown source, emitted as written. */
    record Text(String text, Location location) implements Node {
    }

    /**
     * {@code {plural||singular}}: the first side when the finding has several affected systems.
     * The single space around a {@code " || "} separator is already removed.
     */
    record Toggle(List<Node> plural, List<Node> singular, Location location) implements Node {
        public Toggle {
            plural = List.copyOf(plural);
            singular = List.copyOf(singular);
        }
    }

    /**
     * {@code {==NAME==}}: a value the writer must give.
     *
     * @param name the slot name, the key in {@code values}
     * @param block whether the slot stands alone on its line and so may take a block value
     * @param context where it sits (values in code are inserted verbatim)
     */
    record Slot(String name, boolean block, Context context, Location location) implements Node {
    }

    /**
     * {@code {==LOGIN||UPDATE==}}: pick one alternative by its text or 1-based number.
     *
     * @param key the content as written, the key in {@code values}
     * @param alternatives the alternatives, trimmed
     * @param source the whole highlight as written, kept visible when unresolved in draft mode
     */
    record Choice(String key, List<List<Node>> alternatives, Context context, String source, Location location)
            implements Node {
        public Choice {
            alternatives = alternatives.stream().map(List::copyOf).toList();
        }
    }

    /** {@code {==NOTE …==}}: guidance for the writer, never rendered. */
    record Note(String text, Location location) implements Node {
    }

    /**
     * Any other highlight: the template's own suggested text, kept (delimiters removed) unless a
     * value replaces it, and listed for review.
     *
     * @param key the content as written (trimmed), the key in {@code values}
     * @param content the text with any nested markup
     */
    record Editorial(String key, List<Node> content, Context context, Location location) implements Node {
        public Editorial {
            content = List.copyOf(content);
        }
    }

    /**
     * An option or alternative marker as the markup parser finds it. The option grouper turns
     * markers into {@link Group}s; a parsed template holds no markers.
     */
    record Marker(Kind kind, String label, Location location) implements Node {
        /** The marker words. */
        public enum Kind {
            OPTION, EITHER, OR
        }
    }

    /**
     * Text that is optional ({@code OPTION}) or a choice between alternatives ({@code EITHER} …
     * {@code OR}, or a standalone {@code OR} between two blocks).
     *
     * @param kind OPTION or EITHER; a standalone {@code OR} group is an EITHER group
     * @param label the option's label ({@code AWS} for {@code OPTION AWS}), or empty
     * @param alternatives one list for a plain option, several for alternatives
     * @param prefix line prefix (indent, list bullet) emitted before the kept alternative
     * @param suffix what follows the group (its line break, or the spaces after a sentence)
     *     emitted only when something is kept
     */
    record Group(Marker.Kind kind, String label, List<List<Node>> alternatives, String prefix, String suffix,
            Location location) implements Node {
        public Group {
            alternatives = alternatives.stream().map(List::copyOf).toList();
        }

        public boolean isEither() {
            return kind == Marker.Kind.EITHER;
        }
    }
}

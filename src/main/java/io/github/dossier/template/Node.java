package io.github.dossier.template;

import io.github.dossier.problem.Location;
import java.util.List;

/**
 * A piece of a parsed template body. Text is Markdown source; the other nodes are the markup
 * that goes beyond Markdown (SPEC §1.3). Containers hold lists of nodes, so the tree nests as
 * the markup does.
 */
public sealed interface Node permits Node.Text, Node.Toggle, Node.Slot, Node.Choice, Node.Note,
        Node.Editorial, Node.Marker, Node.Group, Node.Table, Node.Code {

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

    /**
     * Where code starts or ends: a code span's backtick run, or a fenced code block's opening or
     * closing line. The resolver writes delimiters longer than anything a value put inside, so a
     * value can never close the code it stands in.
     *
     * @param written the delimiter as the template writes it (a fence line without its line break)
     */
    record Code(Kind kind, String written, Location location) implements Node {
        /** Which delimiter. */
        public enum Kind {
            SPAN_OPEN, SPAN_CLOSE, FENCE_OPEN, FENCE_CLOSE
        }
    }

    /** {@code {==NOTE …==}}: guidance for the writer, never rendered. */
    record Note(String text, Location location) implements Node {
    }

    /**
     * Any other highlight: the template's own suggested text (an editorial default), kept
     * (delimiters removed) unless the finding replaces or drops it; or, when it reads as an
     * instruction to the writer (SPEC §1.4), text that is never shipped as written.
     *
     * @param key the content as written (trimmed), the key in {@code values}
     * @param content the text with any nested markup
     * @param instruction whether the text is addressed to the writer, not the client
     */
    record Editorial(String key, List<Node> content, Context context, boolean instruction, Location location)
            implements Node {
        public Editorial {
            content = List.copyOf(content);
        }
    }

    /**
     * An option or alternative marker as the markup parser finds it. The option grouper turns
     * markers into {@link Group}s; a parsed template holds no markers.
     *
     * @param label the label ({@code AWS} for {@code OPTION AWS}), or the text of a content option
     * @param reading how the text after the keyword was read (SPEC §1.4); null for EITHER and OR
     * @param content for a content option, its text as nodes; for a content choice, its parts
     */
    record Marker(Kind kind, String label, Reading reading, List<List<Node>> content, Location location)
            implements Node {
        public Marker {
            content = content.stream().map(List::copyOf).toList();
        }

        public Marker(Kind kind, String label, Location location) {
            this(kind, label, null, List.of(), location);
        }

        /** The marker words. */
        public enum Kind {
            OPTION, EITHER, OR
        }
    }

    /**
     * How an option marker's text was read, by the ordered rules of SPEC §1.4. Labels and bare
     * markers cover text after them; content options are their own text.
     */
    enum Reading {
        /** No text after the keyword. */
        BARE,
        /** Parts split by single pipes: the option keeps one of them. */
        CONTENT_CHOICE,
        /** A label starting with IF: a condition for the writer. */
        CONDITION,
        /** The text itself is what the option keeps or drops. */
        CONTENT,
        /** A label on a line of its own: it covers the block below. */
        LABEL_ALONE,
        /** A short name. */
        LABEL;

        /** Whether the option is its own text rather than a scope over the text after it. */
        public boolean isContent() {
            return this == CONTENT || this == CONTENT_CHOICE;
        }
    }

    /** What a group covers. */
    enum Scope {
        /** The rest of the marker's line. */
        LINE,
        /** The rest of the marker's sentence. */
        SENTENCE,
        /** The block below a marker alone on its line. */
        BLOCK,
        /** The marker's own text (a content option). */
        OWN_TEXT
    }

    /**
     * Text that is optional ({@code OPTION}) or a choice between alternatives ({@code EITHER} …
     * {@code OR}, or a standalone {@code OR} between two blocks).
     *
     * @param kind OPTION or EITHER; a standalone {@code OR} group is an EITHER group
     * @param label the option's label ({@code AWS} for {@code OPTION AWS}), or empty; for a content
     *     option, its text as written
     * @param reading how an option's text was read; {@link Reading#BARE} or {@link Reading#LABEL} for
     *     an EITHER group
     * @param scope what the group covers
     * @param alternatives one list for a plain option, several for alternatives or content choice parts
     * @param prefix line prefix (indent, list bullet) emitted before the kept alternative
     * @param suffix what follows the group (its line break, or the spaces after a sentence)
     *     emitted only when something is kept
     */
    record Group(Marker.Kind kind, String label, Reading reading, Scope scope, List<List<Node>> alternatives,
            String prefix, String suffix, Location location) implements Node {
        public Group {
            alternatives = alternatives.stream().map(List::copyOf).toList();
        }

        public boolean isEither() {
            return kind == Marker.Kind.EITHER;
        }

        /** Whether a label names this group (content options have no label). */
        public boolean hasLabel() {
            return !label.isEmpty() && !reading.isContent();
        }
    }

    /**
     * A table: consecutive lines that start and end with {@code |}, with or without the
     * {@code |---|} delimiter row (SPEC §1.4). Cells are parsed markup.
     *
     * @param header the first row's cells
     * @param alignments one delimiter cell per column as written ({@code ---}, {@code :--:}), or empty
     *     when the template has no delimiter row
     * @param rows the body rows' cells
     * @param toFill whether the body has empty cells (or no rows): the finding must give the rows
     */
    record Table(List<List<Node>> header, List<String> alignments, List<List<List<Node>>> rows, boolean toFill,
            Location location) implements Node {
        public Table {
            header = header.stream().map(List::copyOf).toList();
            alignments = List.copyOf(alignments);
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }
}

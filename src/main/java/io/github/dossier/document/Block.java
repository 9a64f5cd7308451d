package io.github.dossier.document;

import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.commonmark.node.Node;

/**
 * One part of a chapter. The kinds are few and fixed, and a format renderer is one {@link
 * Visitor} over them (a new kind fails to compile until every format handles it); everything a
 * reader sees (labels, numbers, dashes, plurals, the order) is decided before a block is made.
 */
public sealed interface Block {

    /** Calls the visitor's method for this kind of block. */
    void accept(Visitor visitor);

    /** What a renderer does with each kind of block. */
    interface Visitor {
        void visit(Heading heading);

        void visit(Paragraph paragraph);

        void visit(Fields fields);

        void visit(Table table);

        void visit(MarkdownPart part);

        void visit(Figure figure);

        void visit(Chart chart);

        void visit(Contents contents);

        void visit(PageBreak pageBreak);

        void visit(Group group);
    }

    /**
     * A heading inside a chapter.
     *
     * @param level 2 for a finding or a subsection of a chapter, 3 for a finding's parts, up to 6
     * @param id the anchor that contents lines and links point to, or null
     * @param number the finding's number shown before the text ({@code 3.}), or empty
     * @param text the heading's text
     */
    record Heading(int level, String id, String number, Inline text) implements Block {
        public Heading {
            number = Objects.requireNonNullElse(number, "");
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A paragraph of generated text.
     *
     * @param role how it is set: body text, the summary's lead sentence, or a notice (the draft banner)
     */
    record Paragraph(Inline text, Role role) implements Block {
        /** How a paragraph of generated text is set. */
        public enum Role { BODY, LEAD, NOTICE }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * Labelled values: the document details, a finding's header, the overall rating.
     *
     * @param name a name for style hooks ({@code details}, {@code finding-meta}, {@code rating})
     * @param perRow how many label and value pairs share a row
     * @param fields the pairs in reading order
     * @param fullWidth pairs that take a whole row each, after the others (a CVSS vector)
     */
    record Fields(String name, int perRow, List<Field> fields, List<Field> fullWidth) implements Block {
        public Fields {
            fields = List.copyOf(fields);
            fullWidth = List.copyOf(fullWidth);
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A table with a header row.
     *
     * @param name a name for style hooks ({@code summary-table}, {@code affected}, {@code history} …)
     * @param columns the columns, with their headers and shares of the width
     * @param rows the rows, each with one cell per column
     */
    record Table(String name, List<Column> columns, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * A stretch of the resolved Markdown of a finding or a writer's section: paragraphs, lists,
     * code, quotes and tables, without its top-level headings and figures (blocks of their own).
     *
     * @param content a commonmark document holding the stretch; nested headings carry their final level
     * @param markdown the same stretch as written, for {@code report.md}
     */
    record MarkdownPart(Node content, String markdown) implements Block {

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * An evidence image with its numbered caption.
     *
     * @param number the figure's number, counted through the whole document
     * @param image the image's name in {@link Document#images()}
     * @param caption the caption as plain text, or empty
     * @param markdown the image as written, for {@code report.md}
     */
    record Figure(int number, String image, String caption, String markdown) implements Block {
        /** {@code Figure 3: Login page}, or {@code Figure 3} without a caption. */
        public String label() {
            return "Figure " + number + (caption.isBlank() ? "" : ": " + caption.strip());
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * Counts as a table and bars: findings per risk level, previous findings per retest status.
     *
     * @param name a name for style hooks ({@code risk}, {@code retest})
     * @param bars the bars, top to bottom
     * @param labelHeader the header of the label column
     * @param countHeader the header of the count column
     * @param caption what the chart shows
     */
    record Chart(String name, List<Bar> bars, String labelHeader, String countHeader, String caption)
            implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }

        /**
         * One bar.
         *
         * @param label what it counts ({@code High}, {@code Partially fixed})
         * @param count how many
         * @param colour its colour as six hex digits
         * @param risk the risk level it counts (shown as the level's badge), or null
         */
        public record Bar(String label, int count, String colour, Risk risk) {
        }

        /** The longest bar's count, at least 1. */
        public int max() {
            return Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** The table of contents: a line per entry, linked; page numbers where the medium has pages. */
    record Contents(List<ContentsEntry> entries) implements Block {
        public Contents {
            entries = List.copyOf(entries);
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /** A new page, where the writer asked for one. */
    record PageBreak() implements Block {

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }

    /**
     * Blocks that belong together: one finding.
     *
     * @param name a name for style hooks ({@code finding})
     * @param id the anchor of the group, or null
     * @param accent the risk whose colour marks the group, or null
     */
    record Group(String name, String id, Risk accent, List<Block> blocks) implements Block {
        public Group {
            blocks = List.copyOf(blocks);
        }

        @Override
        public void accept(Visitor visitor) {
            visitor.visit(this);
        }
    }
}

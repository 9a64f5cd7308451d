package io.github.dossier.output.markdown;

import io.github.dossier.document.Block;
import io.github.dossier.document.Cell;
import io.github.dossier.document.Chapter;
import io.github.dossier.document.Column;
import io.github.dossier.document.ContentsEntry;
import io.github.dossier.document.Cover;
import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentRenderer;
import io.github.dossier.document.Field;
import io.github.dossier.risk.Risk;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code report.md}: the document as GitHub-flavoured Markdown, for reviewing changes in a diff
 * and for other tools. The resolved Markdown of findings and sections is written as it was
 * resolved; chapters are {@code ##}, findings {@code ###}; evidence is linked under
 * {@code evidence/}, where the writer copies it.
 */
public final class MarkdownDocumentRenderer implements DocumentRenderer {

    private final MarkdownInline inline = new MarkdownInline();

    /**
     * Writes block by block, so a long report is never held whole; the blank lines after the last
     * block are held back and the file ends with one newline.
     */
    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder md = new StringBuilder(1 << 12);
        cover(md, document.cover());
        for (Chapter chapter : document.chapters()) {
            md.append("## ").append(inline.of(chapter.title())).append("\n\n");
            for (Block block : chapter.blocks()) {
                block(md, block);
                flushAllButTrailingSpace(md, writer);
            }
        }
        writer.write(md.toString().stripTrailing());
        writer.write('\n');
        writer.flush();
    }

    private static void flushAllButTrailingSpace(StringBuilder md, Writer writer) throws IOException {
        int end = md.length();
        while (end > 0 && Character.isWhitespace(md.charAt(end - 1))) {
            end--;
        }
        writer.append(md, 0, end);
        md.delete(0, end);
    }

    private void cover(StringBuilder md, Cover cover) {
        md.append("# ").append(inline.text(cover.title())).append("\n\n");
        if (!cover.notice().isEmpty()) {
            md.append("> **").append(inline.text(cover.notice())).append("**\n\n");
        }
        List<Field> fields = new ArrayList<>(cover.parties());
        fields.addAll(cover.details());
        fields(md, 1, fields, List.of());
    }

    private void block(StringBuilder md, Block block) {
        block.accept(new Blocks(md));
    }

    /** Each kind of block in Markdown. */
    private final class Blocks implements Block.Visitor {
        private final StringBuilder md;

        Blocks(StringBuilder md) {
            this.md = md;
        }

        @Override
        public void visit(Block.Heading h) {
            md.append("#".repeat(Math.min(6, h.level() + 1))).append(' ')
                    .append(h.number().isEmpty() ? "" : h.number() + " ").append(inline.of(h.text())).append("\n\n");
        }

        @Override
        public void visit(Block.Paragraph p) {
            String text = inline.of(p.text());
            // generated text never starts a list, a heading or a quote by accident
            md.append(p.role() == Block.Paragraph.Role.NOTICE ? "> " : "")
                    .append(text.matches("(?s)(\\d+[.)]|[-+#>=]).*") ? "\\" : "").append(text).append("\n\n");
        }

        @Override
        public void visit(Block.Fields f) {
            fields(md, f.perRow(), f.fields(), f.fullWidth());
        }

        @Override
        public void visit(Block.Table t) {
            table(md, t.columns(), t.rows());
        }

        @Override
        public void visit(Block.MarkdownPart part) {
            md.append(part.markdown()).append("\n\n");
        }

        @Override
        public void visit(Block.Figure figure) {
            md.append(figure.markdown()).append("\n\n*").append(inline.text(figure.label())).append("*\n\n");
        }

        @Override
        public void visit(Block.Chart chart) {
            chart(md, chart);
        }

        @Override
        public void visit(Block.Contents contents) {
            contents(md, contents.entries());
        }

        @Override
        public void visit(Block.PageBreak pageBreak) {
            md.append("\\newpage\n\n");
        }

        @Override
        public void visit(Block.Group group) {
            group.blocks().forEach(b -> b.accept(this));
        }
    }

    /** Label and value pairs, {@code perRow} to a row, in a table without a header. */
    private void fields(StringBuilder md, int perRow, List<Field> fields, List<Field> fullWidth) {
        if (fields.isEmpty() && fullWidth.isEmpty()) {
            return;
        }
        md.append("|").append(" |".repeat(2 * perRow)).append("\n|").append("---|".repeat(2 * perRow)).append('\n');
        for (int i = 0; i < fields.size(); i += perRow) {
            List<Field> row = fields.subList(i, Math.min(fields.size(), i + perRow));
            md.append('|');
            row.forEach(f -> md.append(' ').append(inline.text(f.label())).append(" | ").append(cell(f.value()))
                    .append(" |"));
            md.append(" |".repeat(2 * (perRow - row.size()))).append('\n');
        }
        for (Field f : fullWidth) {
            md.append("| ").append(inline.text(f.label())).append(" | ").append(cell(f.value())).append(" |")
                    .append(" |".repeat(2 * perRow - 2)).append('\n');
        }
        md.append('\n');
    }

    private void table(StringBuilder md, List<Column> columns, List<List<Cell>> rows) {
        md.append('|');
        columns.forEach(c -> md.append(' ').append(inline.text(c.header())).append(" |"));
        md.append("\n|");
        columns.forEach(c -> md.append(c.numeric() ? "---:|" : "---|"));
        md.append('\n');
        for (List<Cell> row : rows) {
            md.append('|');
            row.forEach(c -> md.append(' ').append(cell(c)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private String cell(Cell cell) {
        return inline.of(cell.content());
    }

    private void chart(StringBuilder md, Block.Chart chart) {
        md.append("| ").append(inline.text(chart.labelHeader())).append(" | ")
                .append(inline.text(chart.countHeader())).append(" |\n|---|---:|\n");
        for (Block.Chart.Bar bar : chart.bars()) {
            md.append("| ").append(inline.text(bar.label())).append(" | ").append(bar.count()).append(" |\n");
        }
        md.append('\n');
    }

    private void contents(StringBuilder md, List<ContentsEntry> entries) {
        for (ContentsEntry e : entries) {
            md.append("  ".repeat(e.level() - 1)).append("- [")
                    .append(e.number().isEmpty() ? "" : e.number() + " ").append(inline.of(e.title()))
                    .append("](#").append(e.id()).append(")\n");
        }
        md.append('\n');
    }
}

package io.github.dossier.output.docx;

import io.github.dossier.document.Block;
import io.github.dossier.document.Cell;
import io.github.dossier.document.Column;
import io.github.dossier.document.ContentsEntry;
import io.github.dossier.document.Field;
import io.github.dossier.document.Image;
import io.github.dossier.document.Inline;
import io.github.dossier.document.RiskPalette;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Each kind of block as Word paragraphs and tables, in the document's styles. */
final class DocxBlocks implements Block.Visitor {

    private static final String LABEL_SHADE = "EEF2F7";

    private final DocxBody body;
    private final Map<String, Image> images;
    private final DocxInline inline;
    private final DocxMarkdown markdown;
    /** A group's anchor, for its first heading. */
    private String pendingAnchor;

    DocxBlocks(DocxBody body, Map<String, Image> images, DocxLists lists) {
        this.body = body;
        this.images = images;
        this.inline = new DocxInline(body, images);
        this.markdown = new DocxMarkdown(body, lists, inline);
    }

    /** A chapter's heading: in the contents when listed, else in a heading style Word's contents skip. */
    void chapterHeading(String id, Inline title, boolean listed, boolean newPage) {
        XWPFParagraph p = listed ? body.heading(1, id) : body.paragraph("TOCHeading");
        if (!listed) {
            body.bookmark(p, id);
        }
        p.setPageBreak(newPage);
        inline.children(title.node(), p);
    }

    @Override
    public void visit(Block.Heading h) {
        String anchor = h.id() != null ? h.id() : pendingAnchor;
        pendingAnchor = null;
        XWPFParagraph p = body.heading(h.level(), anchor);
        if (!h.number().isEmpty()) {
            DocxBody.text(p, h.number() + " ");
        }
        inline.children(h.text().node(), p);
    }

    @Override
    public void visit(Block.Paragraph paragraph) {
        XWPFParagraph p = body.paragraph(null);
        inline.children(paragraph.text().node(), p);
        if (paragraph.role() == Block.Paragraph.Role.NOTICE) {
            p.getRuns().forEach(r -> {
                r.setBold(true);
                r.setColor("9C6500");
            });
        }
    }

    @Override
    public void visit(Block.Fields f) {
        fields(f.perRow(), f.fields(), f.fullWidth());
    }

    /** Label and value pairs, {@code perRow} to a row, labels shaded; full-width pairs span the row. */
    void fields(int perRow, List<Field> fields, List<Field> fullWidth) {
        if (fields.isEmpty() && fullWidth.isEmpty()) {
            return;
        }
        int rows = (fields.size() + perRow - 1) / perRow + fullWidth.size();
        XWPFTable table = body.table(rows, 2 * perRow, false);
        for (int i = 0; i < fields.size(); i++) {
            field(table, i / perRow, 2 * (i % perRow), fields.get(i));
        }
        int labelWidth = perRow == 1 ? body.textWidth() * 28 / 100 : body.textWidth() * 16 / 100;
        int valueWidth = body.textWidth() / perRow - labelWidth;
        int[] widths = new int[2 * perRow];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c % 2 == 0 ? labelWidth : valueWidth;
        }
        DocxTables.widths(table, widths);
        for (int i = 0; i < fullWidth.size(); i++) {
            int r = rows - fullWidth.size() + i;
            var row = table.getRow(r);
            for (int c = row.getTableCells().size() - 1; c > 1; c--) {
                row.removeCell(c);
            }
            DocxTables.properties(row.getCell(1)).addNewGridSpan()
                    .setVal(java.math.BigInteger.valueOf(2L * perRow - 1));
            row.getCell(1).setWidth(String.valueOf(body.textWidth() - labelWidth));
            field(table, r, 0, fullWidth.get(i));
        }
        body.paragraph(null);
    }

    private void field(XWPFTable table, int row, int column, Field field) {
        DocxTables.cellText(table, row, column, field.label()).setBold(true);
        DocxTables.shade(table.getRow(row).getCell(column), LABEL_SHADE);
        cell(table, row, column + 1, field.value());
    }

    private void cell(XWPFTable table, int row, int column, Cell cell) {
        if (cell.risk() != null) {
            DocxTables.riskCell(table, row, column, cell.risk().label(), RiskPalette.hex(cell.risk()));
        } else {
            inline.children(cell.content().node(), DocxTables.cell(table, row, column));
        }
    }

    @Override
    public void visit(Block.Table t) {
        XWPFTable table = body.table(t.rows().size() + 1, t.columns().size(), true);
        for (int c = 0; c < t.columns().size(); c++) {
            Column column = t.columns().get(c);
            DocxTables.cellText(table, 0, c, column.header());
            for (int r = 0; r < t.rows().size(); r++) {
                cell(table, r + 1, c, t.rows().get(r).get(c));
                if (column.numeric()) {
                    DocxTables.cell(table, r + 1, c).setAlignment(ParagraphAlignment.RIGHT);
                }
            }
            if (column.numeric()) {
                DocxTables.cell(table, 0, c).setAlignment(ParagraphAlignment.RIGHT);
            }
        }
        DocxTables.percentWidths(table, body.textWidth(), t.columns().stream().mapToInt(Column::width).toArray());
        body.paragraph(null);
    }

    @Override
    public void visit(Block.MarkdownPart part) {
        markdown.write(part.content());
    }

    @Override
    public void visit(Block.Figure figure) {
        XWPFParagraph p = body.paragraph("Figure");
        Image image = images.get(figure.image());
        if (image != null && DocxPictures.supported(figure.image())) {
            DocxPictures.add(body, p.createRun(), figure.image(), image.data(), figure.caption(), 16);
        } else {
            DocxBody.text(p, "[image not embedded in Word: " + figure.image() + "]").setItalic(true);
        }
        XWPFParagraph c = body.paragraph("Caption");
        c.setKeepNext(false);
        DocxBody.text(c, "Figure ");
        DocxBody.field(c, "SEQ Figure \\* ARABIC", String.valueOf(figure.number()));
        DocxBody.text(c, figure.label().substring(("Figure " + figure.number()).length()));
    }

    @Override
    public void visit(Block.Chart chart) {
        DocxChart.write(body, chart);
    }

    /**
     * A table-of-contents field over heading levels 1 to 3, holding a linked line per entry; Word
     * adds the page numbers when the field is updated (it offers to when the file opens).
     */
    @Override
    public void visit(Block.Contents contents) {
        List<ContentsEntry> entries = contents.entries();
        XWPFParagraph p = null;
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry e = entries.get(i);
            p = body.paragraph("TOC" + Math.min(3, e.level()));
            // kept together: the contents move whole to the next page when they do not fit
            p.setKeepNext(i < entries.size() - 1);
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN);
                p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
                fieldChar(p, STFldCharType.SEPARATE);
            }
            body.internalLink(p, e.id(), e.plain());
        }
        if (p != null) {
            fieldChar(p, STFldCharType.END);
        }
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        CTFldChar c = p.createRun().getCTR().addNewFldChar();
        c.setFldCharType(type);
    }

    @Override
    public void visit(Block.PageBreak pageBreak) {
        XWPFRun run = body.paragraph(null).createRun();
        run.addBreak(BreakType.PAGE);
    }

    @Override
    public void visit(Block.Group group) {
        pendingAnchor = group.id();
        group.blocks().forEach(b -> b.accept(this));
    }
}

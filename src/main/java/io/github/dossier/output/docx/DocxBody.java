package io.github.dossier.output.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The Word document's building blocks: paragraphs in a style, headings with bookmarks, internal
 * and external links, tables in the house style, shaded cells and simple fields. Bookmark names
 * and ids are assigned in document order, so the same report gives the same file.
 */
final class DocxBody {

    final XWPFDocument doc;
    private final int textWidth;
    private final Map<String, String> bookmarks = new HashMap<>();
    private int bookmarkIds;
    private int pictureIds;

    /** @param textWidth the width of the text column in twentieths of a point */
    DocxBody(XWPFDocument doc, int textWidth) {
        this.doc = doc;
        this.textWidth = textWidth;
    }

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        return p;
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        text(p, text);
        return p;
    }

    /** A heading whose text can be linked to with {@code #anchor}. */
    XWPFParagraph heading(int level, String text, String anchor) {
        XWPFParagraph p = heading(level, anchor);
        text(p, text);
        return p;
    }

    /** An empty heading paragraph with its bookmark, for text the caller writes. */
    XWPFParagraph heading(int level, String anchor) {
        XWPFParagraph p = paragraph("Heading" + Math.max(1, Math.min(4, level)));
        bookmark(p, anchor);
        return p;
    }

    void bookmark(XWPFParagraph p, String anchor) {
        if (anchor == null) {
            return;
        }
        BigInteger id = BigInteger.valueOf(++bookmarkIds);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(bookmarkName(anchor));
        start.setId(id);
        p.getCTP().addNewBookmarkEnd().setId(id);
    }

    /** A document-wide unique id for a drawing: Word expects a distinct one per picture. */
    int nextPictureId() {
        return ++pictureIds;
    }

    /** Word's names: a letter or underscore first, at most 40 characters; hidden when they start with _. */
    String bookmarkName(String anchor) {
        return bookmarks.computeIfAbsent(anchor, a -> "_Dossier" + (bookmarks.size() + 1));
    }

    /** Text with line breaks kept as breaks. */
    static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** A link to a heading of this document. */
    XWPFHyperlinkRun internalLink(XWPFParagraph p, String anchor, String text) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmarkName(anchor));
        CTR ctr = link.addNewR();
        XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, ctr, p);
        p.addRun(run);
        run.setText(text);
        run.setStyle("Hyperlink");
        return run;
    }

    /** A link to a web address. */
    XWPFHyperlinkRun externalLink(XWPFParagraph p, String url, String text) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(url);
        run.setText(text);
        run.setStyle("Hyperlink");
        return run;
    }

    /** A field such as {@code PAGE}, showing {@code cached} until Word updates it. */
    static void field(XWPFParagraph p, String instruction, String cached) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(cached);
    }

    /** A full-width table in the house style; the first row is a repeated header when {@code header}. */
    XWPFTable table(int rows, int columns, boolean header) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setStyleID("DossierTable");
        // POI sets plain black borders directly on the table; the style's lighter ones should show
        if (table.getCTTbl().getTblPr().isSetTblBorders()) {
            table.getCTTbl().getTblPr().unsetTblBorders();
        }
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(5000));
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
        }
        int[] even = new int[columns];
        java.util.Arrays.fill(even, textWidth / columns);
        widths(table, even);
        if (header) {
            XWPFTableRow first = table.getRow(0);
            first.setRepeatHeader(true);
            first.getTableCells().forEach(c -> shade(c, "1F4E79"));
        }
        return table;
    }

    /** The cell's only paragraph, emptied, in the table text style. */
    static XWPFParagraph cell(XWPFTable table, int row, int column) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("TableText");
        return p;
    }

    /** Sets a cell's text; header cells are white and bold. */
    static XWPFRun cellText(XWPFTable table, int row, int column, String text) {
        XWPFRun run = text(cell(table, row, column), text);
        if (row == 0 && table.getRow(0).isRepeatHeader()) {
            run.setBold(true);
            run.setColor("FFFFFF");
        }
        return run;
    }

    static void shade(XWPFTableCell cell, String hex) {
        CTShd shd = properties(cell).isSetShd() ? properties(cell).getShd() : properties(cell).addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(hex);
    }

    /** A risk label as the other formats show it: white bold text on the risk's colour. */
    static void riskCell(XWPFTable table, int row, int column, String label, String hex) {
        shade(table.getRow(row).getCell(column), hex);
        XWPFParagraph p = cell(table, row, column);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = text(p, label);
        run.setBold(true);
        run.setColor("FFFFFF");
    }

    static org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    /** Column widths in twentieths of a point: the table's grid and each cell's width. */
    static void widths(XWPFTable table, int... twips) {
        var tbl = table.getCTTbl();
        var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.length && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(twips[c]));
            }
        }
    }
}

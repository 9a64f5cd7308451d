package io.github.dossier.output.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables in the house style: full width, light borders from the {@code DossierTable} style, rows
 * that do not split across pages, a header row that repeats and never stays behind alone at the
 * foot of a page, short tables kept on one page, shaded cells and risk cells.
 */
final class DocxTables {

    /** A table of up to this many rows is kept on one page. */
    private static final int SHORT = 8;

    private DocxTables() {
    }

    /** Applies the house style to a new table of the body. */
    static void style(XWPFTable table, DocxBody body, int textWidth, int columns, boolean header) {
        table.setStyleID(body.styles.id("DossierTable"));
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
            row.getTableCells().forEach(c -> c.getParagraphs().get(0).setStyle(body.styles.id("TableText")));
        }
        int[] even = new int[columns];
        java.util.Arrays.fill(even, textWidth / columns);
        widths(table, even);
        if (header) {
            XWPFTableRow first = table.getRow(0);
            first.setRepeatHeader(true);
            first.getTableCells().forEach(c -> shade(c, "1F4E79"));
        }
        keepTogether(table, header);
    }

    /**
     * Keep-with-next on the header row, so it moves with the first row to the next page; on every
     * row but the last of a short table, so it is never split.
     */
    private static void keepTogether(XWPFTable table, boolean header) {
        int rows = table.getRows().size();
        for (int r = 0; r < rows - 1; r++) {
            if (r == 0 && header || rows <= SHORT) {
                table.getRow(r).getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setKeepNext(true)));
            }
        }
    }

    /** The cell's first paragraph, for its content. */
    static XWPFParagraph cell(XWPFTable table, int row, int column) {
        return table.getRow(row).getCell(column).getParagraphs().get(0);
    }

    /** Sets a cell's text; header cells are white and bold. */
    static XWPFRun cellText(XWPFTable table, int row, int column, String text) {
        XWPFRun run = DocxBody.text(cell(table, row, column), text);
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
        XWPFRun run = DocxBody.text(p, label);
        run.setBold(true);
        run.setColor("FFFFFF");
        // a size smaller than the table text, so "Informational" fits its column on one line
        run.setFontSize(8.5);
    }

    static CTTcPr properties(XWPFTableCell cell) {
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

    /** Widths from per-cent shares of the text column. */
    static void percentWidths(XWPFTable table, int textWidth, int... percents) {
        int[] twips = new int[percents.length];
        int total = java.util.Arrays.stream(percents).sum();
        for (int i = 0; i < percents.length; i++) {
            twips[i] = textWidth * percents[i] / Math.max(1, total);
        }
        widths(table, twips);
    }
}

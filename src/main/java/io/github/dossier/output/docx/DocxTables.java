package io.github.dossier.output.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables in the house style: full width, light borders from the {@code DossierTable} style, rows
 * that do not split across pages, an optional repeated header row, shaded cells and risk cells.
 */
final class DocxTables {

    private DocxTables() {
    }

    /** A full-width table in the house style; the first row is a repeated header when {@code header}. */
    static XWPFTable create(XWPFDocument doc, int textWidth, int rows, int columns, boolean header) {
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

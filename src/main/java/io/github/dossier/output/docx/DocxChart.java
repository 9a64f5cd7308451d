package io.github.dossier.output.docx;

import io.github.dossier.document.Block;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * A chart's counts and bars as one table: the risk level or status in its colour, the count,
 * and a bar as long as the count, so Word and LibreOffice draw it alike.
 */
final class DocxChart {

    private DocxChart() {
    }

    static void write(DocxBody body, Block.Chart chart) {
        int width = body.textWidth();
        int max = chart.max();
        int longest = width - 3200 - 400;
        XWPFTable table = body.table(chart.bars().size() + 1, 3, true);
        DocxTables.cellText(table, 0, 0, chart.labelHeader());
        DocxTables.cellText(table, 0, 1, chart.countHeader());
        DocxTables.cellText(table, 0, 2, "");
        int r = 1;
        for (Block.Chart.Bar bar : chart.bars()) {
            DocxTables.riskCell(table, r, 0, bar.label(), bar.colour());
            DocxTables.cellText(table, r, 1, String.valueOf(bar.count())).setBold(true);
            int length = bar.count() == 0 ? 0 : Math.max(60, bar.count() * longest / max);
            if (length > 0) {
                // a shaded tab up to a stop at the bar's length: one unbroken bar, exactly as long as needed
                XWPFParagraph p = DocxTables.cell(table, r, 2);
                var tab = p.getCTP().getPPr().addNewTabs().addNewTab();
                tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
                tab.setPos(java.math.BigInteger.valueOf(length));
                XWPFRun run = p.createRun();
                run.addTab();
                CTShd shd = run.getCTR().isSetRPr() ? run.getCTR().getRPr().addNewShd()
                        : run.getCTR().addNewRPr().addNewShd();
                shd.setVal(STShd.CLEAR);
                shd.setColor("auto");
                shd.setFill(bar.colour());
            }
            r++;
        }
        DocxTables.widths(table, 2000, 1200, width - 3200);
        XWPFParagraph caption = body.paragraph("Caption", chart.caption());
        caption.setKeepNext(false);
    }
}

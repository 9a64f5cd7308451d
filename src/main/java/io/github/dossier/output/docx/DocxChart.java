package io.github.dossier.output.docx;

import io.github.dossier.document.Block;
import io.github.dossier.document.RiskPalette;
import io.github.dossier.risk.Risk;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * The executive summary's counts and bar chart as one table: the risk in its colour, the count,
 * and a bar as long as the count, so Word and LibreOffice draw it alike.
 */
final class DocxChart {

    private DocxChart() {
    }

    static void write(DocxBody body, Block.RiskChart chart) {
        Map<Risk, Integer> counts = chart.counts();
        int width = body.textWidth();
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int longest = width - 3200 - 400;
        XWPFTable table = body.table(counts.size() + 1, 3, true);
        DocxTables.cellText(table, 0, 0, chart.riskHeader());
        DocxTables.cellText(table, 0, 1, chart.countHeader());
        DocxTables.cellText(table, 0, 2, "");
        int r = 1;
        for (Map.Entry<Risk, Integer> e : counts.entrySet()) {
            DocxTables.riskCell(table, r, 0, e.getKey().label(), RiskPalette.hex(e.getKey()));
            DocxTables.cellText(table, r, 1, String.valueOf(e.getValue())).setBold(true);
            int length = e.getValue() == 0 ? 0 : Math.max(60, e.getValue() * longest / max);
            if (length > 0) {
                // a shaded tab up to a stop at the bar's length: one unbroken bar, exactly as long as needed
                XWPFParagraph p = DocxTables.cell(table, r, 2);
                var tab = p.getCTP().getPPr().addNewTabs().addNewTab();
                tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.LEFT);
                tab.setPos(java.math.BigInteger.valueOf(length));
                XWPFRun bar = p.createRun();
                bar.addTab();
                CTShd shd = bar.getCTR().isSetRPr() ? bar.getCTR().getRPr().addNewShd()
                        : bar.getCTR().addNewRPr().addNewShd();
                shd.setVal(STShd.CLEAR);
                shd.setColor("auto");
                shd.setFill(RiskPalette.hex(e.getKey()));
            }
            r++;
        }
        DocxTables.widths(table, 2000, 1200, width - 3200);
        XWPFParagraph caption = body.paragraph("Caption", chart.caption());
        caption.setKeepNext(false);
    }
}

package io.github.dossier.output.docx;

import io.github.dossier.output.ReportMarkdown;
import io.github.dossier.output.RiskPalette;
import io.github.dossier.report.RenderedFinding;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** A finding's header block (risk, CVSS, impact, likelihood, category, status) and affected systems. */
final class DocxFindingMeta {

    private DocxFindingMeta() {
    }

    static void write(DocxBody body, RenderedFinding f, int width) {
        String vector = ReportMarkdown.cvssVector(f);
        XWPFTable meta = body.table(vector.isEmpty() ? 3 : 4, 4, false);
        label(meta, 0, 0, "Risk");
        DocxTables.riskCell(meta, 0, 1, f.risk().label(), RiskPalette.hex(f.risk()));
        label(meta, 0, 2, "CVSS score");
        DocxTables.cellText(meta, 0, 3, DocxReport.dash(ReportMarkdown.cvssScore(f)));
        label(meta, 1, 0, "Impact");
        DocxTables.cellText(meta, 1, 1, f.impact().label());
        label(meta, 1, 2, "Likelihood");
        DocxTables.cellText(meta, 1, 3, f.likelihood().label());
        label(meta, 2, 0, "Category");
        DocxTables.cellText(meta, 2, 1, DocxReport.dash(f.category()));
        label(meta, 2, 2, "Status");
        DocxTables.cellText(meta, 2, 3, f.status().label());
        int quarter = width / 4;
        DocxTables.widths(meta, quarter, quarter, quarter, width - 3 * quarter);
        if (!vector.isEmpty()) {
            label(meta, 3, 0, "CVSS vector");
            DocxTables.properties(meta.getRow(3).getCell(1)).addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
            meta.getRow(3).removeCell(3);
            meta.getRow(3).removeCell(2);
            DocxTables.cellText(meta, 3, 1, vector).setFontFamily("Consolas");
            meta.getRow(3).getCell(1).setWidth(String.valueOf(width - quarter));
        }
        body.paragraph(null);
        if (f.affected().isEmpty()) {
            return;
        }
        body.heading(3, "Affected system" + (f.affected().size() == 1 ? "" : "s"), null);
        XWPFTable table = body.table(f.affected().size() + 1, 2, true);
        DocxTables.cellText(table, 0, 0, "#");
        DocxTables.cellText(table, 0, 1, "System");
        for (int i = 0; i < f.affected().size(); i++) {
            DocxTables.cellText(table, i + 1, 0, String.valueOf(i + 1));
            DocxTables.cellText(table, i + 1, 1, f.affected().get(i));
        }
        DocxTables.widths(table, 600, width - 600);
        body.paragraph(null);
    }

    private static void label(XWPFTable table, int row, int column, String text) {
        DocxTables.cellText(table, row, column, text).setBold(true);
        DocxTables.shade(table.getRow(row).getCell(column), "EEF2F7");
    }
}

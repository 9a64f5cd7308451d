package io.github.dossier.output.docx;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.engagement.Revision;
import io.github.dossier.output.ReportMarkdown;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.RenderedSection;
import io.github.dossier.report.Report;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** The cover page, the document control table and the contents (a Word table-of-contents field). */
final class DocxFront {

    private final DocxBody body;
    private final EngagementInfo info;
    private final int width;

    DocxFront(DocxBody body, EngagementInfo info, int width) {
        this.body = body;
        this.info = info;
        this.width = width;
    }

    void cover(byte[] logo, boolean draft) {
        if (logo != null) {
            XWPFParagraph p = body.paragraph(null);
            DocxPictures.add(body, p.createRun(), isPng(logo) ? "logo.png" : "logo.jpg", logo, "Logo", 6);
        }
        body.paragraph("Subtitle", info.client());
        body.paragraph("Title", info.title());
        if (!info.classification().isBlank()) {
            body.paragraph("Classification", info.classification().strip());
        }
        if (draft) {
            XWPFRun run = DocxBody.text(body.paragraph(null), "DRAFT — unresolved markup is highlighted");
            run.setBold(true);
            run.setColor("9C6500");
        }
        details(rows(ReportMarkdown.coverDetails(info)));
    }

    void documentControl() {
        body.heading(1, "Document control", "document-control");
        details(rows(ReportMarkdown.documentDetails(info)));
        List<Revision> history = ReportMarkdown.history(info);
        if (history.isEmpty()) {
            return;
        }
        body.heading(2, "Version history", "version-history");
        XWPFTable table = body.table(history.size() + 1, 4, true);
        String[] head = {"Version", "Date", "Author", "Changes"};
        for (int c = 0; c < 4; c++) {
            DocxTables.cellText(table, 0, c, head[c]);
        }
        for (int r = 0; r < history.size(); r++) {
            Revision v = history.get(r);
            DocxTables.cellText(table, r + 1, 0, v.version());
            DocxTables.cellText(table, r + 1, 1, v.date());
            DocxTables.cellText(table, r + 1, 2, v.author());
            DocxTables.cellText(table, r + 1, 3, v.changes().strip());
        }
        DocxTables.widths(table, 1100, 1400, 2000, width - 4500);
    }

    /**
     * A table-of-contents field over heading levels 1 and 2, holding an entry per chapter and
     * finding that links to it; Word adds the page numbers when the field is updated (F9).
     */
    void contents(Report report) {
        body.paragraph("TOCHeading", "Contents");
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"TOC1", "executive-summary", "Executive summary"});
        report.before().forEach(s -> entries.add(new String[] {"TOC1", s.anchor(), plain(s)}));
        entries.add(new String[] {"TOC1", "summary", "Summary of findings"});
        entries.add(new String[] {"TOC1", "findings", "Findings"});
        for (RenderedFinding f : report.findings()) {
            entries.add(new String[] {"TOC2", f.anchor(), f.number() + ". " + f.plainTitle()});
        }
        report.after().forEach(s -> entries.add(new String[] {"TOC1", s.anchor(), plain(s)}));
        XWPFParagraph p = null;
        for (int i = 0; i < entries.size(); i++) {
            p = body.paragraph(entries.get(i)[0]);
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN);
                p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
                fieldChar(p, STFldCharType.SEPARATE);
            }
            body.internalLink(p, entries.get(i)[1], entries.get(i)[2]);
        }
        fieldChar(p, STFldCharType.END);
    }

    private static String plain(RenderedSection section) {
        return io.github.dossier.render.MarkdownEscaper.unescape(section.title());
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        CTFldChar c = p.createRun().getCTR().addNewFldChar();
        c.setFldCharType(type);
    }

    private void details(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = body.table(rows.size(), 2, false);
        for (int r = 0; r < rows.size(); r++) {
            DocxTables.cellText(table, r, 0, rows.get(r)[0]).setBold(true);
            DocxTables.shade(table.getRow(r).getCell(0), "EEF2F7");
            DocxTables.cellText(table, r, 1, rows.get(r)[1].strip());
        }
        DocxTables.widths(table, 2400, width - 2400);
        body.paragraph(null);
    }

    private static List<String[]> rows(List<ReportMarkdown.Detail> details) {
        return details.stream().map(d -> new String[] {d.label(), d.value()}).toList();
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P';
    }
}

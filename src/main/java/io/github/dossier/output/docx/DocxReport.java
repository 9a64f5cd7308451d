package io.github.dossier.output.docx;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.output.OutputException;
import io.github.dossier.output.PageSize;
import io.github.dossier.output.ReportMarkdown;
import io.github.dossier.output.RiskPalette;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.RenderedSection;
import io.github.dossier.report.Report;
import io.github.dossier.risk.Risk;
import io.github.dossier.template.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The report as a Word document, in the same order as the HTML page: cover, document control,
 * contents, executive summary, the writer's sections, findings summary, findings, and the
 * writer's closing sections. Built-in heading styles make Word's navigation pane and table of
 * contents work; same inputs give the same bytes.
 */
public final class DocxReport {

    private final Report report;
    private final DocxBody body;
    private final DocxMarkdown markdown;
    private final PageSize pageSize;

    private DocxReport(Report report, XWPFDocument doc, Map<String, byte[]> evidence, PageSize pageSize) {
        this.report = report;
        this.body = new DocxBody(doc, DocxSetup.textWidth(pageSize));
        this.markdown = new DocxMarkdown(body, evidence, new DocxLists(doc));
        this.pageSize = pageSize;
    }

    /**
     * @param evidence the evidence files' bytes by their output name
     * @param logo the cover logo (PNG or JPEG), or null
     * @throws OutputException when the document cannot be written
     */
    public static byte[] render(Report report, Map<String, byte[]> evidence, byte[] logo, PageSize pageSize,
            Instant timestamp) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxSetup.styles(doc);
            DocxSetup.page(doc, pageSize, report.info());
            new DocxReport(report, doc, evidence, pageSize).write(logo);
            properties(doc.getProperties(), report.info(), timestamp);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            doc.write(out);
            return DocxZip.normalise(out.toByteArray(), timestamp);
        } catch (IOException e) {
            throw new OutputException("cannot write the Word document: " + e.getMessage(), e);
        }
    }

    private void write(byte[] logo) {
        DocxFront front = new DocxFront(body, report.info(), DocxSetup.textWidth(pageSize));
        front.cover(logo, report.draft());
        front.documentControl();
        front.contents(report);
        executiveSummary();
        report.before().forEach(this::section);
        summary();
        findings();
        report.after().forEach(this::section);
    }

    private void executiveSummary() {
        Map<Risk, Integer> counts = RiskPalette.counts(report.findings());
        body.heading(1, "Executive summary", "executive-summary");
        body.paragraph(null, ReportMarkdown.summarySentence(counts));
        new DocxChart(body, DocxSetup.textWidth(pageSize)).write(counts);
    }

    private void section(RenderedSection section) {
        XWPFParagraph heading = body.heading(1, section.anchor());
        org.commonmark.node.Node title = ReportMarkdown.parse(section.title()).getFirstChild();
        if (title != null) {
            new DocxInline(body, Map.of()).children(title, heading);
        }
        markdown.write(section.markdown(), 0);
    }

    private void summary() {
        body.heading(1, "Summary of findings", "summary");
        if (report.findings().isEmpty()) {
            body.paragraph(null, "No findings.");
            return;
        }
        XWPFTable table = body.table(report.findings().size() + 1, 6, true);
        String[] head = {"#", "Finding", "Risk", "CVSS score", "Category", "Status"};
        for (int c = 0; c < head.length; c++) {
            DocxTables.cellText(table, 0, c, head[c]);
        }
        for (RenderedFinding f : report.findings()) {
            int r = f.number();
            DocxTables.cellText(table, r, 0, String.valueOf(f.number()));
            body.internalLink(DocxTables.cell(table, r, 1), f.anchor(), f.plainTitle());
            DocxTables.riskCell(table, r, 2, f.risk().label(), RiskPalette.hex(f.risk()));
            DocxTables.cellText(table, r, 3, dash(ReportMarkdown.cvssScore(f)));
            DocxTables.cellText(table, r, 4, dash(f.category()));
            DocxTables.cellText(table, r, 5, f.status().label());
        }
        int w = DocxSetup.textWidth(pageSize);
        DocxTables.widths(table, 500, w - 500 - 1500 - 1100 - 1200 - 1000, 1500, 1100, 1200, 1000);
    }

    private void findings() {
        body.heading(1, "Findings", "findings");
        for (RenderedFinding f : report.findings()) {
            XWPFParagraph heading = body.heading(2, f.number() + ". " + f.plainTitle(), f.anchor());
            heading.setPageBreak(f.number() > 1);
            DocxFindingMeta.write(body, f, DocxSetup.textWidth(pageSize));
            body.heading(3, "Description", null);
            markdown.write(f.section(Section.Kind.DESCRIPTION), 3);
            part("Impact: " + f.impact().label(), f.section(Section.Kind.IMPACT));
            part("Likelihood: " + f.likelihood().label(), f.section(Section.Kind.LIKELIHOOD));
            part("Recommendation", f.section(Section.Kind.RECOMMENDATION));
        }
    }

    private void part(String heading, String text) {
        body.heading(3, heading, null);
        markdown.write(text, 3);
    }

    static String dash(String value) {
        return value.isBlank() ? "—" : value;
    }

    private static void properties(POIXMLProperties properties, EngagementInfo info, Instant timestamp) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(String.join(", ", info.authors()));
        core.setSubjectProperty(info.client());
        core.setCreated(Optional.of(Date.from(timestamp)));
        core.setModified(Optional.of(Date.from(timestamp)));
        core.setLastModifiedByUser("Dossier");
        properties.getExtendedProperties().setApplication("Dossier");
    }
}

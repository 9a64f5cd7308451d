package io.github.dossier.output.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.document.Document;
import io.github.dossier.output.ExampleReport;
import io.github.dossier.testing.Rendered;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's Word template: its styles (by name, whatever their ids), page, headers and footers
 * and cover are kept, every placeholder is filled wherever it stands, the report takes the place
 * of {@code {{report}}}, and what the template lacks is said. Templates made with POI and saved by
 * LibreOffice ({@code src/test/resources/word-templates/}).
 */
class WordTemplateTest {

    private static Document document;

    @BeforeAll
    static void layout() {
        document = Rendered.document(ExampleReport.build());
    }

    private static XWPFDocument render(byte[] template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDocumentRenderer(new WordTemplate(template)).render(document, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void placeholdersAreFilledEvenWhereWordSplitThem() throws Exception {
        try (XWPFDocument doc = render(PoiTemplate.bytes()); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText() + doc.getDocument().xmlText();
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Report for Acme Bank plc — Zürich & Łódź by ");
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("ACME-2026-014");
            assertThat(doc.getDocument().xmlText()).as("the text box").contains(">2026-11-20<");
            assertThat(doc.getHeaderList().get(0).getText()).contains("Web Application and Infrastructure Test"
                    + " — Confidential");
            assertThat(doc.getFooterList().get(0).getText()).contains(", 1.1");
            assertThat(all).doesNotContain("{{client", "{{ref", "{{date", "{{report").contains("{{unknownThing}}");
        }
    }

    @Test
    void theReportTakesThePlaceOfTheMarkerBetweenCoverAndBackPage() throws Exception {
        try (XWPFDocument doc = render(PoiTemplate.bytes())) {
            List<String> texts = doc.getBodyElements().stream().filter(XWPFParagraph.class::isInstance)
                    .map(e -> ((XWPFParagraph) e).getText()).toList();
            assertThat(texts.get(0)).startsWith("Report for");
            assertThat(texts).as("no cover of Dossier's own: the template has one")
                    .doesNotContain("Web Application and Infrastructure Test");
            int control = texts.indexOf("Document control");
            int back = texts.indexOf("Back page of Acme Bank plc — Zürich & Łódź: {{unknownThing}}");
            assertThat(control).isPositive().isLessThan(texts.indexOf("Findings")).isLessThan(back);
            assertThat(back).isEqualTo(texts.size() - 1);
            XWPFParagraph beforeBack = (XWPFParagraph) doc.getBodyElements().get(
                    doc.getBodyElements().size() - 2);
            assertThat(beforeBack.getText()).as("the marker's page break stays").isBlank();
            assertThat(beforeBack.getCTP().xmlText()).contains("w:type=\"page\"");
        }
    }

    @Test
    void theTemplatesStylesAreUsedByNameAndMissingOnesAdded() throws Exception {
        try (XWPFDocument doc = render(PoiTemplate.bytes())) {
            assertThat(styled(doc, "Ueberschrift1")).contains("Executive summary", "Findings");
            assertThat(styled(doc, "Ueberschrift2")).contains("1. SQL Injection");
            assertThat(styled(doc, "Beschriftung")).anySatisfy(c -> assertThat(c).startsWith("Figure 1:"));
            assertThat(doc.getStyles().getStyle("Ueberschrift1").getCTStyle().xmlText()).contains(PoiTemplate.GREEN);
            assertThat(doc.getStyles().getStyle("Heading1")).as("ours not added beside the template's").isNull();
            assertThat(doc.getStyles().getStyle("Code")).as("one the template lacks").isNotNull();
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("12240");
        }
        WordTemplate.Check check = new WordTemplate(PoiTemplate.bytes()).check();
        assertThat(check.missingStyles()).contains("Code", "heading 4", "toc 1").doesNotContain("heading 1",
                "caption", "Title");
        assertThat(check.hasMarker()).isTrue();
        assertThat(check.unknownPlaceholders()).containsExactly("unknownThing");
    }

    @Test
    void aTemplateSavedByLibreOffice() throws Exception {
        for (String name : List.of("northwind.docx", "northwind.dotx")) {
            byte[] template = resource(name);
            try (XWPFDocument doc = render(template); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(doc.getPackagePart().getContentType()).as(name).endsWith("document.main+xml");
                assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Security assessment");
                assertThat(doc.getParagraphs().get(1).getText()).isEqualTo("Prepared for Acme Bank plc — Zürich & Łódź"
                        + " by ");
                assertThat(text.getText()).doesNotContain("{{").contains("Northwind Security — Web Application and"
                        + " Infrastructure Test — Confidential");
                assertThat(styled(doc, "Heading1")).contains("Executive summary");
                List<IBodyElement> body = doc.getBodyElements();
                assertThat(((XWPFParagraph) body.get(body.size() - 1)).getText()).startsWith("About Northwind");
            }
            assertThat(new WordTemplate(template).check().missingStyles()).doesNotContain("heading 1", "heading 2",
                    "heading 3", "caption", "Title").contains("Code");
        }
    }

    @Test
    void aDraftIsMarkedInTheTemplatesHeaders() throws Exception {
        Document draft = Rendered.document(io.github.dossier.output.ExampleReport.build(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDocumentRenderer(new WordTemplate(PoiTemplate.bytes())).render(draft, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getHeaderList()).allSatisfy(h -> assertThat(h.getText()).contains("DRAFT"));
        }
    }

    private static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WordTemplateTest.class.getResourceAsStream("/word-templates/" + name)) {
            return in.readAllBytes();
        }
    }
}

package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import io.github.dossier.document.RiskPalette;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.report.Report;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example report in every format, read back with a library: the same parts in the same
 * order, the numbers, the summary counts, the figures and the non-Latin-1 text.
 */
class ReportFormatsTest {

    static final List<String> CHAPTERS = List.of("Executive summary", "Introduction", "Scope", "Methodology",
            "Summary of findings", "Findings", "Conclusion", "Appendix A: Tools");
    static final List<String> FINDINGS = List.of("1. SQL Injection", "2. Default Credentials on VPN Gateway",
            "3. Reflected Cross-Site Scripting", "4. Weak TLS Configuration", "5. SSH Version Disclosure");
    static final List<String> UNICODE = List.of("Zürich", "Łódź", "→", "≥");

    private static Path out;

    @BeforeAll
    static void write() {
        out = ExampleReport.writeAll("formats/example", PageSize.A4);
    }

    @Test
    void htmlHasEveryPartInOrder() throws Exception {
        Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertThat(page.select("main > *").eachAttr("id")).containsExactly("cover", "document-control", "contents",
                "executive-summary", "section-introduction", "section-scope", "section-methodology", "summary",
                "findings", "section-conclusion", "section-appendix-tools");
        assertThat(page.select("section.chapter > h2").eachText()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of("Document control", "Contents"),
                        CHAPTERS.stream()).toList());
        assertThat(page.select("section.finding > h3").eachText()).containsExactlyElementsOf(FINDINGS);
        assertThat(page.select(".cover img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(page.select(".cover .classification").text()).isEqualTo("Confidential");
        assertThat(page.select("table.history tbody tr")).hasSize(3);
        assertThat(page.select("table.risk-counts td.count").eachText()).containsExactly("1", "2", "1", "0", "1");
        assertThat(page.select("svg.risk-chart rect")).hasSize(5);
        assertThat(page.select("figure.evidence figcaption").eachText()).containsExactly(
                "Figure 1: Administration interface after logging in with the default password",
                "Figure 2: Script alert shown on the search page");
        assertThat(page.select("style.user-stylesheet").html()).contains("#274c77");
        assertThat(page.select("script")).isEmpty();
        for (Element link : page.select("nav.toc a")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.text()).isNotNull();
        }
        assertThat(page.select("nav.toc li.toc-2 a").eachText()).contains("Audience");
        assertThat(page.text()).contains(UNICODE);
    }

    @Test
    void markdownCarriesTheSameContent() throws Exception {
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        List<Integer> positions = new ArrayList<>();
        CHAPTERS.forEach(c -> positions.add(md.indexOf("\n## " + c + "\n")));
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(md).contains("### 1. SQL Injection", "### Audience", "| Critical | 1 |", "| Low | 0 |",
                "![Script alert shown on the search page](<evidence/xss-alert.png>)\n\n"
                        + "*Figure 2: Script alert shown on the search page*",
                "*Figure 1: Administration interface after logging in with the default password*",
                "| 1.1 | 2026-11-20 | A. Tester | Added retest results for the Łódź office |")
                .contains(UNICODE);
    }

    @Test
    void pdfHasBookmarksLinksTextAndFonts() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            List<String> top = titles(pdf.getDocumentCatalog().getDocumentOutline());
            assertThat(top).containsExactly("Cover", "Document control", "Contents", "Executive summary",
                    "Introduction", "Scope", "Methodology", "Summary of findings", "Findings", "Conclusion",
                    "Appendix A: Tools");
            PDOutlineItem findings = child(pdf.getDocumentCatalog().getDocumentOutline(), "Findings");
            assertThat(titles(findings)).containsExactlyElementsOf(FINDINGS);
            assertThat(titles(child(pdf.getDocumentCatalog().getDocumentOutline(), "Introduction")))
                    .containsExactly("Audience");

            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(UNICODE).contains("Page 2 of " + pdf.getNumberOfPages());
            assertThat(text).as("no ligature glyphs in the text layer").contains("5 findings").doesNotContain("\uFB01");
            List<Integer> positions = new ArrayList<>();
            FINDINGS.forEach(f -> positions.add(text.lastIndexOf(f)));
            assertThat(positions).doesNotContain(-1).isSorted();
            assertThat(text).contains("Figure 2: Script alert shown on the search page");

            PDPage contents = pdf.getPage(1);
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(pdf)).as("document control and contents share a page").contains(
                    "Document control", "Contents", "Web Application and Infrastructure Test", "CONFIDENTIAL",
                    "Page 2 of");
            assertThat(contents.getAnnotations()).filteredOn(a -> a instanceof PDAnnotationLink)
                    .hasSizeGreaterThanOrEqualTo(CHAPTERS.size() + FINDINGS.size());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                page.getResources().getFontNames().forEach(n -> {
                    try {
                        fonts.add(page.getResources().getFont(n).getName());
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            assertThat(fonts).allSatisfy(f -> assertThat(f).contains("DejaVu"));
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ExampleReport.TIMESTAMP);
        }
    }

    @Test
    void docxHasHeadingStylesTablesPicturesAndCaptions() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")))) {
            List<String> h1 = headings(doc, "Heading1");
            assertThat(h1).containsExactlyElementsOf(CHAPTERS);
            assertThat(headings(doc, "TOCHeading")).as("front matter, outside Word's contents")
                    .containsExactly("Document control", "Contents");
            assertThat(headings(doc, "Heading2")).containsExactly("Version history", "Audience", FINDINGS.get(0),
                    FINDINGS.get(1), FINDINGS.get(2), FINDINGS.get(3), FINDINGS.get(4));
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getAllPictures()).hasSize(3);
            assertThat(doc.getParagraphs()).filteredOn(p -> "Caption".equals(p.getStyle())).extracting(
                    XWPFParagraph::getText).contains("Figure 2: Script alert shown on the search page",
                    "Figure 1: Administration interface after logging in with the default password");
            assertThat(doc.getParagraphs()).filteredOn(p -> "Code".equals(p.getStyle())).extracting(
                    XWPFParagraph::getText).anySatisfy(t -> assertThat(t).startsWith("POST /login HTTP/1.1"));
            XWPFTable summary = doc.getTables().stream().filter(t -> t.getText().startsWith("#\tFinding"))
                    .findFirst().orElseThrow();
            assertThat(summary.getRows()).hasSize(6);
            assertThat(summary.getRow(1).getCell(2).getColor()).isEqualTo(RiskPalette.hex(io.github.dossier.risk.Risk.CRITICAL));
            assertThat(summary.getRow(1).getCell(1).getText()).isEqualTo("SQL Injection");
            XWPFTable chart = doc.getTables().stream().filter(t -> t.getText().startsWith("Risk\tFindings"))
                    .findFirst().orElseThrow();
            assertThat(chart.getRows().stream().skip(1).map(r -> r.getCell(1).getText()).toList())
                    .containsExactly("1", "2", "1", "0", "1");
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat)
                    + doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(all).contains(UNICODE);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    /** Pages break where the document says; headings keep with what follows; header rows never stay alone. */
    @Test
    void docxKeepsThingsTogether() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")))) {
            assertThat(doc.getParagraphs()).filteredOn(XWPFParagraph::isPageBreak).extracting(XWPFParagraph::getText)
                    .containsExactly("Document control", "Executive summary", "Findings");
            for (String heading : List.of("Heading1", "Heading2", "Heading3", "Heading4")) {
                assertThat(doc.getStyles().getStyle(heading).getCTStyle().getPPr().isSetKeepNext()).as(heading).isTrue();
            }
            assertThat(doc.getTables()).filteredOn(t -> t.getRow(0).isRepeatHeader()).isNotEmpty().allSatisfy(t ->
                    assertThat(t.getRow(0).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext())
                            .as(t.getText()).isTrue());
        }
    }

    @Test
    void rebuildingGivesIdenticalBytes() throws Exception {
        Report report = ExampleReport.build();
        Path again = Path.of("target/formats/again").toAbsolutePath();
        ReportWriter.write(report, ExampleReport.options(PageSize.A4), again);
        for (Format format : Format.values()) {
            assertThat(Files.readAllBytes(again.resolve(format.fileName())))
                    .as(format.fileName()).isEqualTo(Files.readAllBytes(out.resolve(format.fileName())));
        }
    }

    @Test
    void letterPaperForBothDocuments() throws Exception {
        Path letter = ExampleReport.writeAll("formats/letter", PageSize.LETTER);
        try (PDDocument pdf = Loader.loadPDF(letter.resolve("report.pdf").toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                Files.readAllBytes(letter.resolve("report.docx"))))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("12240");
        }
    }

    private static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText)
                .toList();
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(item -> titles.add(item.getTitle()));
        return titles;
    }

    private static PDOutlineItem child(PDOutlineNode node, String title) {
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }
}

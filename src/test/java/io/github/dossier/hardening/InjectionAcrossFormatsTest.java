package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.testing.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup smuggled in through a template and through values is text in every format: escaped in
 * HTML (and so in the PDF laid out from it), literal in Word, a JSON string in findings.json,
 * and never a remote fetch.
 */
class InjectionAcrossFormatsTest {

    private static final String SCRIPT = "<script>alert('v')</script>";

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void build() throws Exception {
        ProjectFixture project = new ProjectFixture(dir)
                .template("01/x", "category: APP\ncvss: \"6.1\"", "Stored {==APP==}",
                        "Payload {==PAYLOAD==} ran.\n\n<img src=\"https://evil.example/t.png\" onerror=\"alert(2)\">\n\n"
                                + "![remote](https://evil.example/p.png)\n\n[link](javascript:alert(3))",
                        "Medium", "High")
                .descriptor(ProjectFixture.header() + "values:\n  APP: \"<b>Portal</b>\"\nfindings:\n"
                        + "  - template: 01/x\n    key: x\n    affected: [\"<iframe src=//evil.example>\"]\n"
                        + "    values:\n      PAYLOAD: \"" + SCRIPT + "\"\n");
        out = dir.resolve("target/dossier");
        ReportWriter.write(project.build(), EnumSet.allOf(Format.class), out);
    }

    @Test
    void htmlHasNoActiveMarkupAndFetchesNothing() throws Exception {
        Document page = Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));
        assertThat(page.select("script, iframe, object, embed, link")).isEmpty();
        assertThat(page.select("[onerror], [onload], [onclick]")).isEmpty();
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).startsWith("data:"));
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotStartWith("javascript"));
        assertThat(page.text()).contains("Payload " + SCRIPT + " ran.").contains("<b>Portal</b>")
                .contains("<iframe src=//evil.example>");
    }

    @Test
    void pdfShowsTheTextLiterally() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(SCRIPT).contains("<b>Portal</b>");
        }
    }

    @Test
    void wordShowsTheTextLiterally() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains(SCRIPT).contains("<b>Portal</b>");
        }
    }

    @Test
    void jsonCarriesTheTitleAsAString() throws Exception {
        String json = Files.readString(out.resolve("findings.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"title\": \"Stored <b>Portal</b>\"").contains("\"<iframe src=//evil.example>\"");
    }
}

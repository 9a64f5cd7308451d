package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draft mode: what is unresolved stays visible, highlighted, in every format, and every page says
 * DRAFT. Strike-through ({@code ~~text~~}) is struck in every format.
 */
class DraftFormatsTest {

    @TempDir
    Path dir;

    private Path write(String description, RenderSettings settings) {
        Report report = new ProjectFixture(dir)
                .template("web/x", "category: APP", "Open redirect", description, "Low", "Low")
                .descriptor(ProjectFixture.header() + "  classification: Confidential\nfindings: [web/x]\n")
                .build(settings);
        Path out = dir.resolve("target/dossier");
        ReportWriter.write(report, OutputOptions.of(EnumSet.allOf(Format.class)), out);
        return out;
    }

    @Test
    void unresolvedMarkupIsHighlightedAndEveryPageSaysDraft() throws Exception {
        Path out = write("Seen at {==URL==}.", new RenderSettings(true, false));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            // the highlighted word is its own marked-content span; extraction may place it after the full stop
            assertThat(new PDFTextStripper().getText(pdf)).contains("DRAFT", "Seen at", "URL");
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(page);
                one.setEndPage(page);
                assertThat(one.getText(pdf)).as("page %d", page).contains("DRAFT", "CONFIDENTIAL");
            }
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")))) {
            XWPFRun mark = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "URL".equals(r.text())).findFirst().orElseThrow();
            assertThat(mark.getTextHighlightColor().toString()).isEqualTo("yellow");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).startsWith("DRAFT"));
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h.getText()).contains("DRAFT"));
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("mark.unresolved").text()).isEqualTo("URL");
        assertThat(Jsoup.parse(html).select("body.draft .draft-banner")).hasSize(1);
        assertThat(Files.readString(out.resolve("report.md"))).contains("Seen at {==URL==}.")
                .contains("> **DRAFT: unresolved markup is highlighted; this is not a final report.**");
    }

    @Test
    void aFinalReportSaysNothingOfDrafts() throws Exception {
        Path out = write("Seen at /x.", RenderSettings.strict());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("DRAFT");
        }
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("draft-banner\">");
    }

    @Test
    void struckTextIsStruckInEveryFormat() throws Exception {
        Path out = write("The fix ~~was never~~ is now deployed; ~5 hosts.", RenderSettings.strict());
        assertThat(Files.readString(out.resolve("report.md"))).contains("The fix ~~was never~~ is now deployed");
        assertThat(Jsoup.parse(Files.readString(out.resolve("report.html"))).select("del").text())
                .isEqualTo("was never");
        assertThat(Files.readString(out.resolve("report.html"))).contains("~5 hosts");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")))) {
            XWPFRun struck = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "was never".equals(r.text())).findFirst().orElseThrow();
            assertThat(struck.isStrikeThrough()).isTrue();
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("was never", "~5 hosts");
        }
    }
}

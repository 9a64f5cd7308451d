package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draft mode: what is unresolved stays visible, highlighted, in the PDF and the Word document too. */
class DraftFormatsTest {

    @TempDir
    Path dir;

    @Test
    void unresolvedMarkupIsHighlightedInEveryFormat() throws Exception {
        Report report = new ProjectFixture(dir)
                .template("web/x", "category: APP", "Open redirect", "Seen at {==URL==}.", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings: [web/x]\n")
                .build(new RenderSettings(true, false));
        Path out = dir.resolve("target/dossier");

        ReportWriter.write(report, OutputOptions.of(EnumSet.allOf(Format.class)), out);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            // the highlighted word is its own marked-content span; extraction may place it after the full stop
            assertThat(new PDFTextStripper().getText(pdf)).contains("DRAFT", "Seen at", "URL");
        }
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")))) {
            XWPFRun mark = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "URL".equals(r.text())).findFirst().orElseThrow();
            assertThat(mark.getTextHighlightColor().toString()).isEqualTo("yellow");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).startsWith("DRAFT"));
        }
    }
}

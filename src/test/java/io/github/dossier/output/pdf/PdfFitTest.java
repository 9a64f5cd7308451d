package io.github.dossier.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.testing.ProjectFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing runs off the page: a 200-character URL without a break opportunity in the affected
 * systems, the text and the summary, a long CVSS vector and a long title with a long marking in
 * the running header all stay inside the page, and the marking stays on one line.
 */
class PdfFitTest {

    private static final String URL = "https://portal.acme.example/api/v2/" + "segment".repeat(24)
            + "?session=" + "A1b2C3d4".repeat(6);
    private static final String MARKING = "COMMERCIAL IN CONFIDENCE";

    @TempDir
    static Path dir;

    private static Path pdf;

    @BeforeAll
    static void write() {
        ProjectFixture p = new ProjectFixture(dir)
                .template("web/x", "category: APP-" + "X".repeat(30) + "\ncvss: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H"
                        + "/VA:H/SC:H/SI:H/SA:H/E:A/CR:H/IR:H/AR:H/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H",
                        "The endpoint " + URL + " answers anyone", "Seen at " + URL + " and at `" + URL + "`.",
                        "High", "High")
                .descriptor("engagement:\n  client: Acme Bank plc\n  title: External Infrastructure, Web Application,"
                        + " Cloud Configuration and Social Engineering Assessment\n  classification: " + MARKING
                        + "\n  date: 2026-11-20\nfindings:\n  - template: web/x\n    affected: [\"" + URL + "\"]\n");
        Path out = dir.resolve("target/dossier");
        ReportWriter.write(p.build(), Set.of(Format.PDF), out);
        pdf = out.resolve("report.pdf");
    }

    @Test
    void everyGlyphIsInsideThePage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<String> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition t : positions) {
                        if (t.getXDirAdj() < 0 || t.getXDirAdj() + t.getWidthDirAdj() > width) {
                            outside.add(text);
                            break;
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
            assertThat(outside).isEmpty();
            assertThat(stripper.getText(doc).replaceAll("\\s+", "")).contains(URL);
        }
    }

    @Test
    void theRunningHeaderKeepsTheMarkingOnOneLine() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc).lines()).anySatisfy(line -> assertThat(line).endsWith(MARKING));
        }
    }
}

package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word document opens in LibreOffice and converts to PDF with its content. Skipped where
 * LibreOffice is not installed (CI does not install it; {@code apt-get install
 * libreoffice-writer-nogui} to run it).
 */
class DocxInLibreOfficeTest {

    @Test
    void libreOfficeReadsTheDocument(@TempDir Path dir) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed");
        Path docx = ExampleReport.writeAll("libreoffice/example", PageSize.A4).resolve("report.docx");

        ProcessBuilder builder = new ProcessBuilder(soffice.toString(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // a profile of its own, so a running LibreOffice or a read-only home does not get in the way
        builder.environment().put("HOME", dir.resolve("home").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(6);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Executive summary", "1. SQL Injection",
                    "Figure 1: Administration interface after logging in with the default password", "Łódź", "→");
        }
    }
}

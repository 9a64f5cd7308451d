package io.github.dossier.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's head row never ends a page without a row under it. Sixty findings of varying length
 * put affected-system tables at every height of a page; before the fix, three of 44 pages ended
 * with a lone "# System" (the minimum height a table asks for was passed down to its rows, so the
 * first row, asking for 2.5 cm too, went to the next page).
 */
class TableHeaderPaginationTest {

    @Test
    void noPageEndsWithATablesHeadRow(@TempDir Path dir) throws Exception {
        ProjectFixture project = new ProjectFixture(dir);
        StringBuilder findings = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String description = "Description " + i + ". " + "More words that fill the line until it wraps. "
                    .repeat(1 + i * 7 % 13);
            project.template("t/f" + i, "category: APP\ncvss: \"5.0\"", "Finding " + i, description, "Low", "Low");
            findings.append("  - template: t/f").append(i).append("\n    affected: [host").append(i)
                    .append(".example]\n");
        }
        project.descriptor(ProjectFixture.header() + "findings:\n" + findings);
        Path out = dir.resolve("target/dossier");
        ReportWriter.write(project.build(), Set.of(Format.PDF), out);

        List<String> pageEnds = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                List<String> lines = text.getText(pdf).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.matches(".*Page \\d+ of \\d+") && !line.endsWith("plc"))
                        .toList();
                pageEnds.add(page + ": " + lines.get(lines.size() - 1));
            }
        }
        assertThat(pageEnds).hasSizeGreaterThan(30).noneMatch(end -> end.endsWith("# System"));
    }
}

package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.document.PageSize;
import io.github.dossier.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats render side by side, yet the files are the bytes a build that renders them one
 * after the other in one thread writes: no renderer shares state with another.
 */
class ParallelFormatsTest {

    @Test
    void everyFileIsTheSameBytesWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
        Report report = ExampleReport.build();
        OutputOptions options = ExampleReport.options(PageSize.A4);

        List<String> single = ReportWriter.write(report, options, dir.resolve("one"), 1);
        List<String> parallel = ReportWriter.write(report, options, dir.resolve("four"), 4);

        assertThat(parallel).isEqualTo(single).contains("report.md", "report.html", "report.pdf", "report.docx",
                "findings.json");
        assertThat(files(dir.resolve("four"))).isEqualTo(files(dir.resolve("one")));
    }

    /** Every file under {@code folder} by its relative path, as text of its bytes' hex digest and size. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(folder.relativize(file).toString(), bytes.length + " " + java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}

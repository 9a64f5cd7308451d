package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.document.PageSize;
import io.github.dossier.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
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
    void everyFileIsTheSameBytesWhateverTheNumberOfThreads(@TempDir Path dir) throws Exception {
        Report report = ExampleReport.build();
        OutputOptions options = ExampleReport.options(PageSize.A4);

        List<String> single = ReportWriter.write(report, options, dir.resolve("one"), 1);
        List<String> parallel = ReportWriter.write(report, options, dir.resolve("four"), 4);

        assertThat(parallel).isEqualTo(single).contains("report.md", "report.html", "report.pdf", "report.docx",
                "findings.json");
        assertThat(files(dir.resolve("four"))).isEqualTo(files(dir.resolve("one")));
    }

    /** Every file under {@code folder} by its relative path, with its size and SHA-256 digest. */
    private static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(folder.relativize(file).toString(), bytes.length + " "
                        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
        }
        return files;
    }
}

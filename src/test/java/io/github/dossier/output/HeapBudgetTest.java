package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report too large for the heap is refused before rendering with a message that says how much
 * heap it needs, and a rendering that runs out anyway ends in the same kind of message: never in
 * a bare "Java heap space".
 */
class HeapBudgetTest {

    private static final long MB = 1L << 20;

    /** Twenty findings, each with its own 1,000 × 1,000 screenshot of noise (1 MB that does not compress). */
    static Report report(Path dir) {
        ProjectFixture project = new ProjectFixture(dir).template("web/t", "category: APP", "Finding",
                "At {==URL==}.\n\n{==SHOT==}", "Low", "Low");
        StringBuilder findings = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            project.bytes("src/engagement/evidence/" + i + ".png",
                    io.github.dossier.hardening.OutputCasesAccess.noisePng(1_000, 1_000, i));
            findings.append("  - template: web/t\n    key: f").append(i).append("\n    values: {URL: u, SHOT: {image:"
                    + " evidence/").append(i).append(".png}}\n");
        }
        return project.descriptor(ProjectFixture.header() + "findings:\n" + findings).build();
    }

    @Test
    void aReportThatCannotFitIsRefusedSayingWhatItNeeds(@TempDir Path dir) {
        Report report = report(dir);
        HeapBudget budget = HeapBudget.of(report, EnumSet.allOf(Format.class), 64 * MB);

        assertThatThrownBy(budget::check).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly("dossier.formats: rendering this"
                        + " report (20 findings, 20 MB of evidence) as md, html, pdf, docx, json needs about 195 MB of"
                        + " heap, and this build has 64 MB — give Maven more heap (for example MAVEN_OPTS=-Xmx1g),"
                        + " write fewer formats (pdf needs the most), or split the report"));
        assertThatCode(() -> HeapBudget.of(report, EnumSet.of(Format.JSON), 64 * MB).check())
                .as("findings.json alone does not hold the evidence").doesNotThrowAnyException();
        assertThat(HeapBudget.of(report, Set.of(Format.PDF), 64 * MB).exhausted().errors()).extracting(
                Problem::toString).singleElement().asString().startsWith("dossier.formats: rendering this report (20"
                        + " findings, 20 MB of evidence) as pdf ran out of the 64 MB of heap this build has (Dossier's"
                        + " estimate was about ");
    }

    /**
     * A PDF that passes the estimate but does not fit after all ends in the message too, once the
     * rendering has let go: a screenshot of 8,000 × 8,000 grey pixels is a small file (its rows
     * compress to almost nothing) but takes hundreds of megabytes once decoded for the PDF.
     */
    @Test
    void runningOutWhileRenderingGivesTheMessageToo(@TempDir Path dir) throws Exception {
        new ProjectFixture(dir).template("web/t", "category: APP", "Finding", "Seen here:\n\n{==SHOT==}", "Low", "Low")
                .bytes("src/engagement/evidence/wide.png", greyPng(8_000, 8_000))
                .descriptor(ProjectFixture.header() + "findings:\n  - template: web/t\n    values: {SHOT: {image:"
                        + " evidence/wide.png}}\n");
        String output = runChild(dir, "-Xmx128m", "pdf");
        assertThat(output).containsPattern("dossier.formats: rendering this report \\(1 finding, 1 MB of evidence\\)"
                + " as pdf ran out of the 1\\d\\d MB of heap this build has \\(Dossier's estimate was about \\d+ MB\\)"
                + " — give Maven more heap").doesNotContain("OutOfMemoryError", "Java heap space");
    }

    /** A greyscale PNG of one grey, compressed as tightly as zlib can. */
    private static byte[] greyPng(int width, int height) throws java.io.IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(data,
                new java.util.zip.Deflater(9))) {
            byte[] row = new byte[1 + width];
            java.util.Arrays.fill(row, (byte) 0x80);
            row[0] = 0;
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) throws java.io.IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(name);
        png.write(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static String runChild(Path dir, String heap, String formats) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), SmallHeapBuild.class.getName(), dir.toString(),
                formats).redirectErrorStream(true).start();
        String output;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            output = lines.lines().collect(Collectors.joining("\n"));
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    /** In a JVM with a small heap, the real writer refuses the report with the message, not an error. */
    @Test
    void aSmallHeapGetsTheMessageNotAnOutOfMemoryError(@TempDir Path dir) throws Exception {
        report(dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-cp", System.getProperty("java.class.path"), SmallHeapBuild.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        String output;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            output = lines.lines().collect(Collectors.joining("\n"));
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).containsPattern("dossier.formats: rendering this report \\(20 findings, 20 MB of evidence\\)"
                + " as md, html, pdf, docx, json needs about 195 MB of heap, and this build has 9\\d MB")
                .doesNotContain("OutOfMemoryError", "Java heap space");
        assertThat(child.exitValue()).isEqualTo(3);
    }
}

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
                        + " report (20 findings, 20 MB of evidence) as md, html, pdf, docx, json needs about 179 MB of"
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
     * A PDF that passes the estimate but does not fit after all (long findings cost the layout more
     * than the estimate's minimum) ends in the message too, once the rendering has let go.
     */
    @Test
    void runningOutWhileRenderingGivesTheMessageToo(@TempDir Path dir) throws Exception {
        ProjectFixture project = new ProjectFixture(dir).template("web/t", "category: APP", "Finding",
                ("A long paragraph of findings text, as a report has many of, with **bold** and *emphasis* words in"
                        + " it, and a [link](https://example.com) too.\n\n").repeat(30), "Low", "Low");
        StringBuilder findings = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            findings.append("  - template: web/t\n    key: f").append(i).append('\n');
        }
        project.descriptor(ProjectFixture.header() + "findings:\n" + findings);
        String output = runChild(dir, "-Xmx128m", "pdf");
        assertThat(output).containsPattern("dossier.formats: rendering this report \\(100 findings, no"
                + " evidence\\) as pdf ran out of the 1\\d\\d MB of heap this build has \\(Dossier's estimate was about"
                + " \\d+ MB\\) — give Maven more heap").doesNotContain("OutOfMemoryError", "Java heap space");
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
                + " as md, html, pdf, docx, json needs about 179 MB of heap, and this build has 9\\d MB")
                .doesNotContain("OutOfMemoryError", "Java heap space");
        assertThat(child.exitValue()).isEqualTo(3);
    }
}

package io.github.dossier.output;

import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long each format takes, for the example and for a generated 100-finding engagement. Prints
 * the times, asserts nothing; excluded from normal builds (run with
 * {@code mvn test -Dtest=FormatTimingTest -Dsurefire.excludedGroups= -DskipITs}).
 */
@Tag("timing")
class FormatTimingTest {

    @TempDir
    Path dir;

    @Test
    void example() {
        time("example (5 findings)", ExampleReport.build(), dir);
    }

    @Test
    void hundredFindings() throws Exception {
        byte[] png = Files.readAllBytes(ExampleReport.PROJECT.resolve("src/engagement/evidence/xss-alert.png"));
        ProjectFixture p = new ProjectFixture(dir).bytes("src/engagement/evidence/shot.png", png);
        String[] levels = {"Low", "Medium", "High"};
        StringBuilder findings = new StringBuilder("findings:\n");
        for (int t = 0; t < 10; t++) {
            p.template("web/t" + t, "category: APP\ncvss: \"" + (t % 10) + ".5\"", "Generated finding " + t,
                    "The {hosts listed above expose||host listed above exposes} issue " + t + " at {==URL==}.\n"
                            + "Requests and responses follow.\n\n```http\nGET /t" + t + " HTTP/1.1\nHost: x\n```\n\n"
                            + "{==SCREENSHOT==}\n\n- first point\n- second point",
                    levels[t % 3], levels[(t + 1) % 3]);
        }
        for (int i = 0; i < 100; i++) {
            findings.append("  - template: web/t").append(i % 10).append("\n    key: f").append(i)
                    .append("\n    affected: [a").append(i).append(".example, b").append(i).append(".example]\n")
                    .append("    values:\n      URL: https://a").append(i).append(".example/\n")
                    .append("      SCREENSHOT: {image: evidence/shot.png, caption: Finding ").append(i).append("}\n");
        }
        p.descriptor(ProjectFixture.header() + findings);
        time("100 findings", p.build(), dir);
    }

    private static void time(String what, Report report, Path root) {
        for (Format format : Format.values()) {
            Set<Format> one = EnumSet.of(format);
            long cold = System.nanoTime();
            ReportWriter.write(report, OutputOptions.of(one), root.resolve("target/first"));
            long warm = System.nanoTime();
            // kept under target/timing/ to look at
            ReportWriter.write(report, OutputOptions.of(one), Path.of("target/timing", what.replaceAll("\\W+", "-"))
                    .toAbsolutePath());
            long end = System.nanoTime();
            System.out.printf("TIMING %s: %s first in %d ms, again in %d ms%n", what, format.fileName(),
                    (warm - cold) / 1_000_000, (end - warm) / 1_000_000);
        }
    }
}

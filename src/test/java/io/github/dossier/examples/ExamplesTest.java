package io.github.dossier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Severity;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example report repositories a new user builds first must stay valid in strict mode. */
class ExamplesTest {

    @ParameterizedTest(name = "examples/{0} builds with {1} findings and no warnings")
    @CsvSource({"acme-bank, 10", "scan-driven, 5"})
    void exampleBuildsCleanlyInStrictMode(String example, int findings) {
        Path root = Path.of("examples", example).toAbsolutePath();
        Report report = new ReportBuilder(new ReportConfig(root, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false)).build();
        assertThat(report.findings()).hasSize(findings);
        assertThat(report.problems()).noneMatch(p -> p.severity() == Severity.WARNING);
    }
}

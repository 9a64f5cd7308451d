package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Severity;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters that do not show as themselves (bidi overrides, zero-width characters, terminal
 * escapes) build, since a report may need any text, but each is warned on where it is written,
 * and every message shows it escaped.
 */
class HiddenCharactersTest {

    @Test
    void valuesAffectedSystemsAndDetailsAreWarnedOnWhereTheyAreWritten(@TempDir Path dir) {
        ProjectFixture project = BadInputs.goodProject(dir).descriptor(ProjectFixture.header()
                .replace("client: Acme Bank plc", "client: \"Acme\\e[2J Bank\"")
                + "  options: {tls: false}\nvalues:\n  CLIENT: Acme\nfindings:\n"
                + BadInputs.XSS_FINDING.replace("[https://a.example]", "[\"https://a.example\\u200B.evil\"]")
                        .replace("URL: https://a.example/search", "URL: \"https://a.example/\\u202Egnp.exe\"")
                + BadInputs.PORTS_FINDING.replace("HOST: gw.a.example", "HOST: [\"gw\\u2066.a.example\"]"));

        Report report = project.build();

        List<String> warnings = report.problems().stream().filter(p -> p.severity() == Severity.WARNING)
                .filter(p -> p.message().contains("does not show as itself")).map(Problem::toString).toList();
        assertThat(warnings).containsExactly(
                "src/engagement/engagement.yaml:2:11: engagement.client holds U+001B (ESCAPE) at character 5, which"
                        + " does not show as itself and can hide or reorder text — remove it, or retype the text;"
                        + " it is shown escaped here",
                "src/engagement/engagement.yaml:12:16: findings[0].affected holds U+200B (ZERO WIDTH SPACE) at"
                        + " character 18, which does not show as itself and can hide or reorder text — remove it,"
                        + " or retype the text; it is shown escaped here",
                "src/engagement/engagement.yaml:14:12: the value of URL holds U+202E (RIGHT-TO-LEFT OVERRIDE) at"
                        + " character 19, which does not show as itself and can hide or reorder text — remove it,"
                        + " or retype the text; it is shown escaped here",
                "src/engagement/engagement.yaml:20:21: an item of the list HOST holds U+2066 (LEFT-TO-RIGHT"
                        + " ISOLATE) at character 3, which does not show as itself and can hide or reorder text"
                        + " — remove it, or retype the text; it is shown escaped here");
        assertThat(String.join("\n", warnings)).doesNotContain("\u001B", "\u200B", "\u202E", "\u2066");
    }

    @Test
    void multiLineValuesAreNotWarnedOnForTheirLineBreaks(@TempDir Path dir) {
        ProjectFixture project = BadInputs.goodProject(dir).descriptor(BadInputs.descriptor(
                BadInputs.XSS_FINDING.replace("SCREENSHOT: {image: evidence/shot.png, caption: The alert}",
                        "SCREENSHOT: |\n        First line.\n\n        \tSecond, after a tab.")
                        + BadInputs.PORTS_FINDING));

        assertThat(project.build().problems()).noneMatch(p -> p.message().contains("does not show as itself"));
    }
}

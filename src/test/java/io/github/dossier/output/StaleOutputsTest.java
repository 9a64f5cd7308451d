package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A final report built with fewer formats than a draft before it has nothing of the draft beside it. */
class StaleOutputsTest {

    @Test
    void onlyTheFilesOfTheLastBuildRemain(@TempDir Path dir) throws Exception {
        ProjectFixture project = new ProjectFixture(dir).bytes("src/engagement/evidence/shot.png", ProjectFixture.PNG)
                .template("web/t", "category: APP", "Finding", "At {==URL==}.\n\n{==SHOT==}", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: web/t\n    values:\n"
                        + "      SHOT: {image: evidence/shot.png}\n");
        Path out = dir.resolve("target/dossier");

        ReportWriter.write(project.build(new RenderSettings(true, false)), EnumSet.allOf(Format.class), out);
        assertThat(files(out)).containsExactly("evidence/shot.png", "findings.json", "report.docx", "report.html",
                "report.md", "report.pdf");

        project.descriptor(ProjectFixture.header() + "findings:\n  - template: web/t\n    values:\n"
                + "      URL: https://a.example\n      SHOT: a screenshot to follow\n");
        ReportWriter.write(project.build(), EnumSet.of(Format.HTML), out);

        assertThat(files(out)).containsExactly("report.html");
        assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("<mark class=\"unresolved\"");
    }

    private static List<String> files(Path out) throws Exception {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}

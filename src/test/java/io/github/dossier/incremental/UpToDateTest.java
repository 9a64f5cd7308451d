package io.github.dossier.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.library.LibraryResolver;
import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is rendered again exactly when something it is made from changed. */
class UpToDateTest {

    @TempDir
    Path dir;

    private ProjectFixture project;
    private ReportConfig config;
    private Path out;
    private Path state;

    @BeforeEach
    void firstBuild() throws Exception {
        project = new ProjectFixture(dir)
                .template("01_web/headers", "category: APP-CNF\ncvss: N/A", "Missing Headers", "At {==URL==}.", "Low",
                        "Low")
                .template("01_web/unused", "category: APP-CNF\ncvss: N/A", "Unused", "Text.", "Low", "Low")
                .bytes("src/engagement/shot.png", ProjectFixture.PNG)
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 01_web/headers\n    values:\n"
                        + "      URL: /x\n      SCREENSHOT: {image: shot.png}\n");
        config = new ReportConfig(dir, Path.of("src/engagement/engagement.yaml"), RenderSettings.strict(), false);
        out = dir.resolve("target/dossier");
        state = dir.resolve("target/dossier-work/state.txt");
        Report report = new ReportBuilder(config).build();
        List<String> written = ReportWriter.write(report, EnumSet.of(Format.MD, Format.HTML), out);
        BuildState.of(dir, settings(), report.inputs(), report.libraries(), out, written).write(state);
    }

    private Map<String, String> settings() {
        return BuildState.settings(config, "1.0", "HTML,MD", out);
    }

    private List<String> changes(Map<String, String> settings) {
        return UpToDate.changes(BuildState.read(state), settings, dir, out, LibraryResolver.unavailable());
    }

    @Test
    void nothingChanged() {
        assertThat(changes(settings())).isEmpty();
    }

    @Test
    void aTouchedButUnchangedFileIsNoChange() throws Exception {
        Path descriptor = dir.resolve("src/engagement/engagement.yaml");
        Files.setLastModifiedTime(descriptor, FileTime.fromMillis(Files.getLastModifiedTime(descriptor).toMillis()
                + 5000));

        assertThat(changes(settings())).isEmpty();
    }

    /** A checkout or a copy touches every file: that alone renders nothing. */
    @Test
    void touchingEveryInputAndOutputIsNoChange() throws Exception {
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("target/dossier-work")))
                    .toList();
        }
        assertThat(files).extracting(p -> dir.relativize(p).toString().replace('\\', '/')).contains(
                "src/findings/01_web/headers.md", "src/findings/01_web/unused.md", "src/engagement/shot.png",
                "target/dossier/report.html");
        for (Path file : files) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 7000));
        }

        assertThat(changes(settings())).isEmpty();
    }

    @Test
    void anUnusedTemplateEditedAfterATouchStillCounts() throws Exception {
        Path unused = dir.resolve("src/findings/01_web/unused.md");
        Files.writeString(unused, Files.readString(unused).replace("Text.", "Texts"));

        assertThat(changes(settings())).containsExactly("templates in src/findings");
    }

    @Test
    void eachKindOfInputIsWatched() throws Exception {
        project.descriptor(Files.readString(dir.resolve("src/engagement/engagement.yaml")).replace("/x", "/y"));
        project.file("src/findings/01_web/headers.md", "changed");
        project.bytes("src/engagement/shot.png", new byte[] {1, 2, 3});
        project.file("src/findings/02_new/added.md", "### Added\n");
        Files.delete(out.resolve("report.html"));

        assertThat(changes(settings())).containsExactly("src/engagement/engagement.yaml",
                "src/engagement/shot.png", "src/findings/01_web/headers.md", "templates in src/findings",
                "output report.html was changed or removed");
    }

    @Test
    void configurationAndPluginVersionAreWatched() {
        Map<String, String> other = new java.util.TreeMap<>(settings());
        other.put("plugin", "1.1");
        other.put("draft", "true");

        assertThat(changes(other)).containsExactly("the configuration (draft)", "the plugin version");
        assertThat(UpToDate.describe(List.of("a", "b", "c", "d", "e", "f", "g"))).isEqualTo(
                "a, b, c, d, e and 2 more");
    }

    @Test
    void withoutARecordEverythingIsNew() throws Exception {
        Files.delete(state);

        assertThat(changes(settings())).containsExactly("no record of an earlier build");
    }
}

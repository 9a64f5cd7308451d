package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.library.LibraryResolver;
import io.github.dossier.library.LibrarySettings;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.testing.ProjectFixture;
import io.github.dossier.testing.Rendered;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Libraries published as Maven artifacts: resolved, unpacked, searched in order, recorded per finding. */
class ArtifactLibraryTest {

    @TempDir
    Path dir;

    @TempDir
    Path repository;

    private final Map<String, Path> artifacts = new HashMap<>();

    private final LibraryResolver resolver = c -> {
        Path file = artifacts.get(c.toString());
        if (file == null) {
            throw new LibraryResolutionException("Could not find artifact " + c + " in central");
        }
        return file;
    };

    private void publish(String coordinates, String description) throws IOException {
        Path jar = repository.resolve(coordinates.replace(':', '_') + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("dossier-library/01_web/sql_injection.md"));
            zip.write(("---\ncategory: APP-DAT\ncvss: \"9.8\"\n---\n### SQL Injection\n" + description
                    + "\n#### Impact: High\nData.\n#### Likelihood: High\nEasy.\n#### Recommendation\nBind.\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        artifacts.put(coordinates, jar);
    }

    private Report build(ProjectFixture p, List<String> extra, String date) {
        return new ReportBuilder(new ReportConfig(p.root, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false, new LibrarySettings(extra, resolver, p.root.resolve("target/work")),
                date, null, null, null)).build();
    }

    private ProjectFixture project(String libraries) {
        return new ProjectFixture(dir)
                .template("02_net/open_ports", "category: NET\ncvss: \"5.3\"", "Open Ports", "Ports.", "Low", "Low")
                .descriptor(ProjectFixture.header() + libraries + "findings:\n  - template: SQL Injection\n"
                        + "    values: {URL: /search}\n  - template: 02_net/open_ports\n");
    }

    @Test
    void aFindingRecordsTheArtifactAndVersionItCameFrom() throws IOException {
        publish("com.acme:findings:1.0", "The parameter at {==URL==} is injectable.");

        Report report = build(project("libraries: [com.acme:findings:1.0, src/findings]\n"), List.of(), "");

        assertThat(report.findings()).extracting(f -> f.library().label())
                .containsExactly("com.acme:findings:1.0", "src/findings");
        assertThat(report.findings().get(0).section(FindingPart.DESCRIPTION))
                .isEqualTo("The parameter at /search is injectable.");
        assertThat(Rendered.markdownWithSources(report)).endsWith("""
                ## Appendix: finding sources

                | # | Finding | Template | Library |
                |---:|---|---|---|
                | 1 | SQL Injection | `01_web/sql_injection` | com.acme:findings:1.0 |
                | 2 | Open Ports | `02_net/open_ports` | src/findings |
                """);
        assertThat(Rendered.markdown(report)).as("off by default").doesNotContain("finding sources");
    }

    @Test
    void aPinnedVersionRendersFromThatVersionWhileANewerOneIsInstalled() throws IOException {
        publish("com.acme:findings:1.0", "Version one: {==URL==}.");
        publish("com.acme:findings:1.1", "Version one point one: {==URL==}.");

        Report report = build(project("libraries: [com.acme:findings:1.0, src/findings]\n"), List.of(), "");

        assertThat(report.findings().get(0).section(FindingPart.DESCRIPTION)).isEqualTo("Version one: /search.");
    }

    @Test
    void configuredLibrariesAreSearchedAfterTheDescriptorsAndReplaceTheDefault() throws IOException {
        publish("com.acme:findings:1.0", "From the artifact: {==URL==}.");

        Report report = build(project(""), List.of("com.acme:findings:1.0", "src/findings"), "");

        assertThat(report.findings()).extracting(f -> f.library().label())
                .containsExactly("com.acme:findings:1.0", "src/findings");
    }

    @Test
    void aMissingArtifactIsAnErrorNamingIt() {
        ProjectFixture p = project("libraries: [com.acme:findings:9.9, src/findings]\n");

        assertThatThrownBy(() -> build(p, List.of(), "")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().stream().map(Problem::toString).toList())
                .asList().contains("src/engagement/engagement.yaml:6:13: library com.acme:findings:9.9 cannot be used:"
                        + " Could not find artifact com.acme:findings:9.9 in central — check the coordinates and"
                        + " version, install or deploy the library, or build online (offline builds see only the"
                        + " local repository)");
    }

    @Test
    void problemsInAnArtifactTemplateNameTheFileInsideTheJar() throws IOException {
        publish("com.acme:findings:1.0", "The parameter at {==URL==} is {==PARAMETER==}.");

        assertThatThrownBy(() -> build(project("libraries: [com.acme:findings:1.0, src/findings]\n"), List.of(), ""))
                .extracting(e -> ((InvalidInputException) e).errors().get(0).location().file())
                .isEqualTo("findings-1.0.jar!/dossier-library/01_web/sql_injection.md");
    }

    @Test
    void theBuildTimestampDatesAReportWhoseDescriptorGivesNoDate() throws IOException {
        publish("com.acme:findings:1.0", "At {==URL==}.");
        ProjectFixture p = project("libraries: [com.acme:findings:1.0, src/findings]\n");
        p.descriptor(Files.readString(p.root.resolve("src/engagement/engagement.yaml")).replace("  date: 2026-11-20\n",
                ""));

        assertThat(build(p, List.of(), "2026-11-25").info().date()).isEqualTo("2026-11-25");
        assertThat(build(p, List.of(), "").info().date()).isEmpty();
    }
}

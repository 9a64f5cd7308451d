package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.testing.ProjectFixture;
import io.github.dossier.problem.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Property tests over the whole pipeline: whatever a template or a descriptor holds, a build ends
 * in a report or in our own located errors; never in another exception. Seeds are fixed so CI
 * runs are repeatable; run with another seed locally to explore further.
 */
class MarkupFuzzTest {

    private static final List<String> PIECES = List.of("{", "}", "||", "|", "{==", "==}", "{=", "=}", "`", "```\n",
            "\n", "\n\n", " ", ".", "! ", "- ", "1. ", "OPTION", "OPTION X", "EITHER", "OR", "NOTE", "URL", "s", "a",
            "\\", "#### ", "### ", "~~~\n", "@f", "'s", "[x]()", "<script>", "&amp;", "é", "→", "---\n", ":", "\t",
            "| a | b |\n|---|---|\n");

    @Provide
    Arbitrary<String> markup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 400, seed = "20261125")
    void anyDescriptionBuildsOrFailsWithLocatedErrors(@ForAll("markup") String description,
            @ForAll boolean draft) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            ProjectFixture project = new ProjectFixture(dir)
                    .template("x/t", "category: NET\ncvss: \"5\"", "Fuzz", description, "Low", "High")
                    .descriptor(ProjectFixture.header() + "values: {URL: u, X: v}\nfindings:\n  - template: x/t\n"
                            + "    key: f\n    options: {1: true}\n");
            buildOrLocatedErrors(project, draft);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 400, seed = "20261125")
    void anyTemplateFileBuildsOrFailsWithLocatedErrors(@ForAll("markup") String text) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            ProjectFixture project = new ProjectFixture(dir).file("src/findings/x/t.md", text)
                    .descriptor(ProjectFixture.header() + "findings:\n  - template: x/t\n");
            buildOrLocatedErrors(project, true);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 400, seed = "20261125")
    void anyDescriptorBuildsOrFailsWithLocatedErrors(@ForAll("yaml") String yaml) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            ProjectFixture project = new ProjectFixture(dir)
                    .template("x/t", "category: NET", "T", "At {==URL==}.", "Low", "Low").descriptor(yaml);
            buildOrLocatedErrors(project, false);
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 300, seed = "20261125")
    void arbitraryUnicodeNeverBreaksTheParser(@ForAll @StringLength(max = 300) String noise) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            ProjectFixture project = new ProjectFixture(dir)
                    .template("x/t", "category: NET", "T", noise, "Low", "Low")
                    .descriptor(ProjectFixture.header() + "findings:\n  - template: x/t\n");
            buildOrLocatedErrors(project, true);
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<String> yaml() {
        List<String> pieces = List.of("engagement:\n", "  client: A\n", "  title: T\n", "findings:\n", "  - ",
                "template: x/t\n", "    values: ", "{URL: u}", "[a, b]", "\n", "  ", "- ", ": ", "&a ", "*a ", "!!str ",
                "'", "\"", "{", "}", "[", "]", "#", "key: k\n", "options: {1: 2}\n", "plural: true\n", "~", "null",
                "riskMatrix: {Low: {Low: High}}\n", "libraries: [src/findings]\n", "image: ../x.png", "\t", "é");
        return Arbitraries.of(pieces).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static void buildOrLocatedErrors(ProjectFixture project, boolean draft) {
        try {
            project.build(new RenderSettings(draft, false));
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(MarkupFuzzTest::located);
        }
    }

    /** Every error names a file of the project, and a line unless it is about the whole file. */
    private static void located(Problem problem) {
        assertThat(problem.location().file()).startsWith("src/");
        assertThat(problem.message()).isNotBlank();
        assertThat(problem.location().line()).isGreaterThanOrEqualTo(0);
    }

    private static void delete(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

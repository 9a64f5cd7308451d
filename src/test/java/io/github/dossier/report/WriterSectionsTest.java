package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's own sections: placed by the descriptor or the parameters, with markup and values. */
class WriterSectionsTest {

    @TempDir
    Path dir;

    private ProjectFixture project(String sections, int findings) {
        ProjectFixture p = new ProjectFixture(dir).template("web/x", "category: APP", "Finding X", "About X.", "Low",
                "Low");
        StringBuilder list = new StringBuilder("findings:\n");
        for (int i = 0; i < findings; i++) {
            list.append("  - {template: web/x, key: x").append(i).append(", affected: [host-").append(i).append("]}\n");
        }
        return p.descriptor(ProjectFixture.header() + "values:\n  CLIENT: Acme\n" + list + sections);
    }

    private Report build(ProjectFixture p, List<String> before, List<String> after) {
        return new ReportBuilder(new ReportConfig(dir, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false, null, "", null, before, after)).build();
    }

    @Test
    void sectionsResolveMarkupAndTakeTheirTitleFromTheFirstHeading() {
        ProjectFixture p = project("sections:\n  before: [intro.md]\n  after:\n    - file: 02-next_steps.md\n"
                + "      values: {TOP: \"@x1\"}\n", 2)
                .file("src/report/intro.md", "# About {==CLIENT==}\n\nWe found {several issues||one issue}.\n\n"
                        + "## Detail\n\nText.\n")
                .file("src/report/02-next_steps.md", "Start with {==TOP==}.\n");

        Report report = build(p, null, null);

        assertThat(report.before()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("About Acme");
            assertThat(s.anchor()).isEqualTo("section-intro");
            assertThat(s.markdown()).isEqualTo("We found several issues.\n\n## Detail\n\nText.");
        });
        assertThat(report.after()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Next steps");
            assertThat(s.markdown()).isEqualTo("Start with [2 (Finding X)](#finding-x1).");
        });
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void oneFindingMakesTogglesSingular() {
        ProjectFixture p = project("sections: {after: [end.md]}\n", 1)
                .file("src/report/end.md", "# End\n\nWe found {several issues||one issue}.\n");

        assertThat(build(p, null, null).after().get(0).markdown()).isEqualTo("We found one issue.");
    }

    @Test
    void parametersReplaceTheDescriptorsLists() {
        ProjectFixture p = project("sections: {before: [a.md]}\n", 1)
                .file("src/report/a.md", "# A\n").file("src/report/b.md", "# B\n");

        Report report = build(p, List.of("b.md"), List.of("a.md"));

        assertThat(report.before()).extracting(RenderedSection::title).containsExactly("B");
        assertThat(report.after()).extracting(RenderedSection::title).containsExactly("A");
    }

    @Test
    void badPlacementsAreLocatedErrors() {
        ProjectFixture p = project("sections:\n  before: [missing.md, ../../outside.md, a.md]\n  after: [a.md]\n", 1)
                .file("src/report/a.md", "# A {==NOPE==}\n").file("outside.md", "# Out\n");

        assertThatThrownBy(() -> build(p, null, null)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:11:12: section file not found: src/report/missing.md"
                                + " — create it, or fix the name (relative to src/report)",
                        "src/engagement/engagement.yaml:11:24: section file src/report/../../outside.md is outside"
                                + " the sections folder — keep the writer's sections under src/report",
                        "src/engagement/engagement.yaml:12:11: section file src/report/a.md is placed twice"
                                + " — name each file once under sections.before or sections.after",
                        "src/report/a.md:1:5: no value for {==NOPE==} (finding 'a.md') — add 'NOPE: …' to the"
                                + " finding's values or the engagement's values"));
    }

    @Test
    void anUnplacedFileIsAWarning() {
        ProjectFixture p = project("", 1).file("src/report/forgotten.md", "# Forgotten\n");

        assertThat(build(p, null, null).problems()).extracting(Problem::toString).contains(
                "src/report/forgotten.md: this section file is not placed in the report — name it under sections:"
                        + " before or after in the descriptor");
    }

    @Test
    void titlesFromFileNames() {
        assertThat(WriterSections.titleFromName("01-introduction.md")).isEqualTo("Introduction");
        assertThat(WriterSections.titleFromName("appendix/b_tools-used.md")).isEqualTo("B tools used");
    }
}

package io.github.dossier.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding templates by id and title across library roots (SPEC §1). */
class TemplateLibraryTest {

    private static final Location REF = new Location("engagement.yaml", 3, 15);

    @TempDir
    Path project;

    private final Problems problems = new Problems();

    private void write(String path, String title) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ncategory: NET\n---\n### " + title + "\nx\n#### Impact: Low\ny\n"
                + "#### Likelihood: Low\nz\n#### Recommendation\nw\n");
    }

    private TemplateLibrary scan(String... roots) {
        return TemplateLibrary.scan(java.util.Arrays.stream(roots).map(project::resolve).toList(),
                new ProjectPaths(project), problems);
    }

    @Test
    void findsByIdByIdWithSuffixAndByTitle() throws Exception {
        write("lib/08_web_application/sql_injection.md", "SQL Injection");
        TemplateLibrary library = scan("lib");
        assertThat(library.find("08_web_application/sql_injection", REF, problems)).get()
                .extracting(TemplateLibrary.Entry::title).isEqualTo("SQL Injection");
        assertThat(library.find("08_web_application/sql_injection.md", REF, problems)).isPresent();
        assertThat(library.find("sql injection", REF, problems)).get().extracting(TemplateLibrary.Entry::id)
                .isEqualTo("08_web_application/sql_injection");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void earlierRootsWin() throws Exception {
        write("own/web/xss.md", "Our XSS");
        write("shared/web/xss.md", "Shared XSS");
        assertThat(scan("own", "shared").find("web/xss", REF, problems)).get()
                .extracting(TemplateLibrary.Entry::title).isEqualTo("Our XSS");
    }

    @Test
    void hiddenFoldersAreNotTemplates() throws Exception {
        write("lib/.git/x.md", "Hidden");
        assertThat(scan("lib").entries()).isEmpty();
    }

    @Test
    void unknownNamesSuggestTheNearest() throws Exception {
        write("lib/web/xss.md", "Cross-Site Scripting");
        assertThat(scan("lib").find("Cross-Site Scriptng", REF, problems)).isEmpty();
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "engagement.yaml:3:15: unknown template 'Cross-Site Scriptng' — did you mean 'Cross-Site Scripting'?");
    }

    @Test
    void aTemplateLinkedFromOutsideIsRefused() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        Path target = outside.resolve("secret.md");
        Files.writeString(target, "### Secret\n");
        Files.createDirectories(project.resolve("lib/web"));
        try {
            Files.createSymbolicLink(project.resolve("lib/web/secret.md"), target);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("symbolic links are not available here");
        }
        TemplateLibrary library = scan("lib");
        assertThat(library.entries()).isEmpty();
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "lib/web/secret.md: template is a link that leads out of the project — copy the template into the"
                        + " library instead of linking to it");
    }

    @Test
    void parseErrorsAreReportedEachTimeTheTemplateIsAsked() throws Exception {
        Path file = project.resolve("lib/web/bad.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "### Bad\n{==X\n#### Impact: Low\n#### Likelihood: Low\n#### Recommendation\n");
        TemplateLibrary library = scan("lib");
        TemplateLibrary.Entry entry = library.find("web/bad", REF, problems).orElseThrow();
        assertThat(library.load(entry, problems)).isEmpty();
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "lib/web/bad.md:2:1: {== is never closed — add ==} after the highlighted text, or remove the {==");
        assertThat(List.of(library.load(entry, new Problems()))).containsExactly(java.util.Optional.empty());
    }
}

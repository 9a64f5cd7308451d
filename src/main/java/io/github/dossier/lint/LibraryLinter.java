package io.github.dossier.lint;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Severity;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import io.github.dossier.template.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every template of a library, as a library's own build does before publishing: UTF-8,
 * syntax, the structure and house format ({@link FormatRules}), CVSS values, unique titles and
 * every markup lint. Nothing is rendered.
 */
public final class LibraryLinter {

    /**
     * What a lint run found.
     *
     * @param templates how many template files were checked
     * @param problems every problem, sorted by file, line and column
     */
    public record Result(int templates, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public long count(Severity severity) {
            return problems.stream().filter(p -> p.severity() == severity).count();
        }
    }

    private LibraryLinter() {
    }

    /**
     * Lints the templates under {@code library}.
     *
     * @param projectRoot messages name files relative to it when the library is inside it
     */
    public static Result lint(Path library, Path projectRoot) {
        return lint(library, projectRoot, false);
    }

    /**
     * Lints the templates under {@code library}; with {@code explain}, adds a note for every
     * highlight, option, editorial text and table saying how it was read.
     */
    public static Result lint(Path library, Path projectRoot, boolean explain) {
        Path root = library.toAbsolutePath().normalize();
        Path base = projectRoot.toAbsolutePath().normalize();
        ProjectPaths paths = new ProjectPaths(root.startsWith(base) ? base : root);
        Problems problems = new Problems();
        if (!Files.isDirectory(root)) {
            problems.error(Location.of(paths.display(root)), "library folder not found",
                    "name the folder that holds the templates with -Ddossier.library=DIR");
            return new Result(0, problems.sorted());
        }
        List<Path> files;
        try {
            files = TemplateLibrary.templateFiles(root);
        } catch (IOException e) {
            problems.error(Location.of(paths.display(root)), "cannot list the library: " + TextFiles.describe(e),
                    "check that the folder is readable");
            return new Result(0, problems.sorted());
        }
        ProjectPaths guard = new ProjectPaths(root);
        Map<String, String> titles = new HashMap<>();
        for (Path file : files) {
            String display = paths.display(file);
            if (!guard.isInside(file)) {
                problems.error(Location.of(display), "template is a link that leads out of the library",
                        "copy the template into the library instead of linking to it");
                continue;
            }
            lintOne(TemplateLibrary.idOf(root, file), file, display, problems).ifPresent(t -> {
                if (explain) {
                    problems.addAll(io.github.dossier.template.Explanation.of(t));
                }
                String first = titles.putIfAbsent(t.titleText().toLowerCase(Locale.ROOT), display);
                if (first != null) {
                    // an error only where a descriptor names the template by that title (SPEC §1.4)
                    problems.warning(t.titleLocation(), "the title '" + t.titleText() + "' is also the title of "
                            + first, "descriptors that name either template must use its id; give each template"
                            + " its own title to allow naming it by title");
                }
            });
        }
        return new Result(files.size(), problems.sorted());
    }

    private static Optional<Template> lintOne(String id, Path file, String display, Problems problems) {
        Optional<String> text = TextFiles.read(file, display, TemplateLibrary.MAX_TEMPLATE_BYTES, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Template> template = TemplateParser.parse(id, file, display, text.get(), problems);
        template.ifPresent(t -> {
            problems.addAll(t.lints());
            t.malformations().forEach(p -> problems.error(p.location(), p.message(), p.hint()));
            FormatRules.check(t, List.of(text.get().split("\n", -1)), problems);
        });
        return template;
    }
}

package io.github.dossier.maven;

import io.github.dossier.drift.LibraryDrift;
import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.lint.LibraryLinter;
import io.github.dossier.problem.Printable;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Severity;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the descriptor and every template it uses, resolving all markup as {@code assemble}
 * would, without writing a report. Also lists lints, writer comments and template scripts that
 * are never run.
 *
 * <p>In a finding library ({@code -Ddossier.library=DIR}, or a project without a descriptor whose
 * templates are under {@code src/main/resources/dossier-library}) it lints every template of the
 * library instead: one line per problem and a count.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractDossierMojo {

    /** Where a library project keeps its templates; the jar then holds them under dossier-library/. */
    static final String LIBRARY_SOURCES = "src/main/resources/" + LibraryCoordinates.FOLDER;

    /**
     * A finding library to lint, instead of checking a report: every template under this folder.
     * Inside a library project (no descriptor, templates under
     * {@code src/main/resources/dossier-library}) that folder is linted without being named.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.library")
    private File library;

    /**
     * Fails the build on warnings (lints, format rules) as well as errors: for a library's CI.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.failOnLint", defaultValue = "false")
    private boolean failOnLint;

    /**
     * Also prints, for every template checked, each highlight with how it was read (slot, choice,
     * editorial text, writer instruction, note), each option with how its text was read and the
     * text it covers, and each table; editorial texts, options and tables with the numbers the
     * descriptor names them by.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dossier.explain", defaultValue = "false")
    private boolean explain;

    /**
     * Another version of a finding library, as {@code groupId:artifactId:version}: lists, for every
     * template the report uses, whether that version changes it, with the changed words, so a team
     * can decide whether to move to it.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dossier.compareLibrary")
    private String compareLibrary;

    @Override
    protected void run(ReportConfig config) throws MojoFailureException {
        File folder = libraryToLint();
        if (folder != null) {
            lintLibrary(folder);
            return;
        }
        if (explain) {
            log(io.github.dossier.report.Explanations.of(config));
        }
        Report report = new ReportBuilder(config).build();
        log(report.problems());
        long warnings = report.problems().stream().filter(p -> p.severity() == Severity.WARNING).count();
        getLog().info("Dossier check: " + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? " resolves; " : "s resolve; ") + warnings + " warning"
                + (warnings == 1 ? "" : "s"));
        if (compareLibrary != null && !compareLibrary.isBlank()) {
            LibraryDrift.describe(LibraryDrift.compare(report, compareLibrary.strip(), config.libraries()))
                    .forEach(line -> getLog().info(Printable.escape(line)));
        }
        if (failOnLint && warnings > 0) {
            throw new MojoFailureException("Dossier check: " + plural(warnings, "warning")
                    + " and dossier.failOnLint is set");
        }
    }

    private File libraryToLint() {
        if (library != null) {
            return library.isAbsolute() ? library : new File(basedir, library.getPath());
        }
        File sources = new File(basedir, LIBRARY_SOURCES);
        return !descriptor.exists() && sources.isDirectory() ? sources : null;
    }

    private void lintLibrary(File folder) throws MojoFailureException {
        LibraryLinter.Result result = LibraryLinter.lint(folder.toPath(), basedir.toPath(), explain);
        List<Problem> problems = result.problems();
        log(problems);
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        String summary = "Dossier check: " + plural(result.templates(), "template") + " in library "
                + display(folder) + ": " + plural(errors, "error") + ", " + plural(warnings, "warning");
        getLog().info(summary);
        if (errors > 0 || (failOnLint && warnings > 0)) {
            throw new MojoFailureException(summary + (errors == 0 ? " (dossier.failOnLint is set)" : ""));
        }
    }

    private String display(File folder) {
        String base = basedir.toPath().toAbsolutePath().normalize().toString();
        String path = folder.toPath().toAbsolutePath().normalize().toString();
        return path.startsWith(base + File.separator) ? path.substring(base.length() + 1).replace('\\', '/')
                : folder.getName();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    @Override
    protected boolean lint() {
        return true;
    }
}

package io.github.dossier.maven;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.scan.migrate.Migrator;
import java.io.File;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites the JavaScript {@code generation:} blocks of a template library into declarative
 * {@code scan:} rules, where a script follows the common patterns: results fetched by plugin ids,
 * affected systems as the sorted host or service names, a placeholder that lists them. Scripts are
 * read as text and never run. Only the {@code generation:} block of a file changes; every script
 * left alone is listed with the reason. Misspelt or glued option markers ({@code OPION},
 * {@code OPTIONBlindXSS}) and broken delimiters ({@code {=x==}}, {@code {have|has}}) are rewritten
 * to their canonical form, byte for byte elsewhere. With {@code -Ddossier.dryRun} every change is
 * listed and nothing is written. See docs/scans.md and docs/template-language.md.
 *
 * @since 0.1.0
 */
@Mojo(name = "migrate", threadSafe = true)
public class MigrateMojo extends AbstractMojo {

    /**
     * The template library to migrate, inside the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.library", defaultValue = "${project.basedir}/src/findings", required = true)
    private File library;

    /**
     * Lists what would be rewritten without writing anything.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base folder: the library must be inside it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Dossier: dossier.skip is true");
            return;
        }
        Migrator.Report report;
        try {
            report = new Migrator(basedir.toPath()).migrate(library.toPath(), dryRun);
        } catch (InvalidInputException e) {
            throw new MojoFailureException(e.describe());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Dossier failed unexpectedly; please report this with the stack trace: "
                    + e, e);
        }
        String verb = report.dryRun() ? "would rewrite " : "rewrote ";
        report.migrated().forEach(m -> getLog().info(m.file() + ": " + verb + "the generation script as scan: "
                + m.rule()));
        for (Problem skipped : report.skipped()) {
            getLog().warn(skipped.toString());
        }
        String markupVerb = report.dryRun() ? ": would rewrite " : ": rewrote ";
        report.rewrites().forEach(r -> getLog().info(r.replaceFirst(": '", markupVerb + "'")));
        getLog().info("Dossier migrate: " + report.migrated().size() + " of " + report.scripts() + " generation"
                + " script" + (report.scripts() == 1 ? "" : "s") + (report.dryRun() ? " can be rewritten (dry run:"
                + " nothing written)" : " rewritten") + "; " + report.skipped().size() + " left as they are; "
                + report.rewrites().size() + " marker" + (report.rewrites().size() == 1 ? "" : "s") + " and"
                + " delimiters " + (report.dryRun() ? "to rewrite" : "rewritten"));
    }
}

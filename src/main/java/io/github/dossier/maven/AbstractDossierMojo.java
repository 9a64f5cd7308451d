package io.github.dossier.maven;

import io.github.dossier.io.BuildFolders;
import io.github.dossier.io.SizeLimits;
import io.github.dossier.library.LibrarySettings;
import io.github.dossier.output.OutputException;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Printable;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.report.ReportDates;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * What every Dossier goal shares: the descriptor, draft mode, skipping, and the one place where
 * core exceptions become Maven's (the user's input: failure; anything else: execution error).
 */
abstract class AbstractDossierMojo extends AbstractMojo {

    /**
     * The engagement descriptor (YAML).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.descriptor", defaultValue = "${project.basedir}/src/engagement/engagement.yaml",
            required = true)
    protected File descriptor;

    /**
     * Draft mode: unresolved slots, choices and alternative groups do not fail the build; they
     * are highlighted in the report and listed in the log.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.draft", defaultValue = "false")
    protected boolean draft;

    /**
     * What to do with editorial defaults (highlighted text the template suggests): {@code warn}
     * lists them for review, {@code fail} makes each one an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.editorial", defaultValue = "warn")
    protected String editorial;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Template libraries searched after the descriptor's {@code libraries}, in order: folders
     * relative to the project, or library artifacts as {@code groupId:artifactId:version}
     * ({@code groupId:artifactId:zip:version} for a zip), resolved from the build's repositories.
     * When set, a descriptor without {@code libraries} no longer defaults to {@code src/findings}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.libraries")
    protected List<String> libraries;

    /**
     * The build's fixed timestamp (ISO-8601 or seconds since the epoch): its date, in UTC, is the
     * report date when the descriptor gives none. Reports never use the clock.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    protected String outputTimestamp;

    /**
     * The folder of the writer's own sections (introduction, scope, conclusion …): Markdown files
     * that {@code sections:} in the descriptor, or the two parameters below, place in the report.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.sectionsDirectory", defaultValue = "${project.basedir}/src/report")
    protected File sectionsDirectory;

    /**
     * The writer's sections placed before the findings, comma-separated, relative to
     * {@code sectionsDirectory}; replaces the descriptor's {@code sections.before} when set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.sectionsBefore")
    protected String sectionsBefore;

    /**
     * The writer's sections placed after the findings, comma-separated, relative to
     * {@code sectionsDirectory}; replaces the descriptor's {@code sections.after} when set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.sectionsAfter")
    protected String sectionsAfter;

    /**
     * The largest descriptor read, in bytes or with K, M or G ({@code 8M}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.maxDescriptorSize", defaultValue = "8M")
    protected String maxDescriptorSize;

    /**
     * The largest template or writer's section read ({@code 1M}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.maxTemplateSize", defaultValue = "1M")
    protected String maxTemplateSize;

    /**
     * The largest evidence file (image or code file) a value may name ({@code 16M}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.maxEvidenceSize", defaultValue = "16M")
    protected String maxEvidenceSize;

    /** The project's base folder: every path the descriptor names must stay inside it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * Where library artifacts are unpacked and the inputs of the last build are recorded.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.workDirectory", defaultValue = "${project.build.directory}/dossier-work")
    protected File workDirectory;

    /** The project's build folder: everything a goal writes stays inside it. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    private List<RemoteRepository> remoteRepositories;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Dossier: dossier.skip is true");
            return;
        }
        try {
            run(config());
        } catch (InvalidInputException e) {
            // errors travel in the exception, which Maven prints once; the rest is logged here
            log(e.problems().stream().filter(p -> !p.isError()).toList());
            throw new MojoFailureException(e.describe());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(Printable.escape(e.getMessage()), e);
        } catch (OutputException e) {
            throw new MojoExecutionException(Printable.escape(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Dossier failed unexpectedly; please report this with the stack trace: "
                    + e, e);
        }
    }

    /** Runs the goal with the mapped configuration. */
    protected abstract void run(ReportConfig config) throws MojoFailureException;

    /** Whether this goal also reports lints and writer guidance. */
    protected boolean lint() {
        return false;
    }

    protected ReportConfig config() throws MojoFailureException {
        BuildFolders.check(buildDirectory().toPath(), outputFolder(), workDirectory().toPath());
        String policy = editorial == null ? "warn" : editorial.strip().toLowerCase(Locale.ROOT);
        if (!policy.equals("warn") && !policy.equals("fail")) {
            throw new MojoFailureException("<editorial>/-Ddossier.editorial is '" + editorial
                    + "' — use warn or fail");
        }
        SizeLimits limits = limits();
        return new ReportConfig(basedir.toPath(), descriptor.toPath(),
                new RenderSettings(draft, policy.equals("fail"), limits.evidence()), lint(), librarySettings(),
                ReportDates.fromOutputTimestamp(outputTimestamp).orElse(""),
                sectionsDirectory == null ? null : sectionsDirectory.toPath(), list(sectionsBefore),
                list(sectionsAfter), limits);
    }

    /** The size limits; a parameter that is not a size fails the build, naming it. */
    private SizeLimits limits() {
        SizeLimits defaults = SizeLimits.DEFAULTS;
        return new SizeLimits(
                maxDescriptorSize == null ? defaults.descriptor() : SizeLimits.parse(maxDescriptorSize,
                        "<maxDescriptorSize>/-Ddossier.maxDescriptorSize"),
                maxTemplateSize == null ? defaults.template() : SizeLimits.parse(maxTemplateSize,
                        "<maxTemplateSize>/-Ddossier.maxTemplateSize"),
                maxEvidenceSize == null ? defaults.evidence() : SizeLimits.parse(maxEvidenceSize,
                        "<maxEvidenceSize>/-Ddossier.maxEvidenceSize"));
    }

    /** A comma-separated parameter as a list; null when not set. */
    private static List<String> list(String value) {
        return value == null ? null : java.util.Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private LibrarySettings librarySettings() {
        List<String> extra = libraries == null ? List.of()
                : libraries.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new LibrarySettings(extra, new MavenLibraryResolver(repositorySystem, repositorySession,
                remoteRepositories), workDirectory().toPath());
    }

    /** The folder the goal writes its report into; null for goals that write none. */
    protected java.nio.file.Path outputFolder() {
        return null;
    }

    /** The build folder; the project's {@code target} unless a test leaves it unset. */
    protected File buildDirectory() {
        return buildDirectory != null && !buildDirectory.getPath().contains("${") ? buildDirectory
                : new File(basedir, "target");
    }

    /** The work folder; under the project's build folder unless a test leaves it unset. */
    protected File workDirectory() {
        return workDirectory != null && !workDirectory.getPath().contains("${") ? workDirectory
                : new File(buildDirectory(), "dossier-work");
    }

    /** Logs problems as the build log shows them: {@code file:line:column: message — hint}. */
    protected void log(List<Problem> problems) {
        for (Problem problem : problems) {
            switch (problem.severity()) {
                case ERROR -> getLog().error(problem.toString());
                case WARNING -> getLog().warn(problem.toString());
                default -> getLog().info(problem.toString());
            }
        }
    }
}

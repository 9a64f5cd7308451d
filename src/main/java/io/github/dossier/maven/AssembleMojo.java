package io.github.dossier.maven;

import io.github.dossier.incremental.BuildState;
import io.github.dossier.incremental.UpToDate;
import io.github.dossier.io.Digests;
import io.github.dossier.output.Format;
import io.github.dossier.output.OutputOptions;
import io.github.dossier.output.OutputOptionsParser;
import io.github.dossier.output.ReportCommit;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.output.UserStylesheet;
import io.github.dossier.problem.Printable;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Renders every finding of the engagement and writes the combined report ({@code report.md} with
 * the evidence it links, {@code report.html}, {@code report.pdf}, {@code report.docx}) and the
 * machine-readable summary ({@code findings.json}) into the output folder. Skips rendering when
 * nothing the report is made from changed since the last build.
 *
 * @since 0.1.0
 */
@Mojo(name = "assemble", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class AssembleMojo extends AbstractDossierMojo {

    /** Where the last build's inputs are recorded, under the work folder. */
    static final String STATE = "dossier-inputs.txt";

    /**
     * Where the report is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.outputDirectory", defaultValue = "${project.build.directory}/dossier",
            required = true)
    private File outputDirectory;

    /**
     * The formats to write, comma-separated: {@code md} ({@code report.md}), {@code html}
     * ({@code report.html}), {@code pdf} ({@code report.pdf}), {@code docx} ({@code report.docx}),
     * {@code json} ({@code findings.json}, see {@code docs/findings-json.md}). By default all five.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.formats", defaultValue = Format.DEFAULTS)
    private String formats;

    /**
     * The paper size of the PDF and the Word document: {@code A4} or {@code Letter}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.pageSize", defaultValue = "A4")
    private String pageSize;

    /**
     * A CSS file applied after the built-in styles, to the HTML page and the PDF. It must be
     * inside the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.stylesheet")
    private File stylesheet;

    /**
     * A PNG or JPEG logo for the cover page of every format. It must be inside the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.logo")
    private File logo;

    /**
     * A Word document ({@code .docx}) or template ({@code .dotx}) the Word report is made from:
     * its styles, page setup, headers and footers, and the pages before its {@code {{report}}}
     * paragraph as the cover, with {@code {{client}}}, {@code {{title}}} and the other
     * placeholders filled. It must be inside the project. See {@code docs/layout.md}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.wordTemplate")
    private File wordTemplate;

    /**
     * Adds an appendix naming the template and library of every finding, so a report can be
     * traced and rebuilt; off by default, as it shows the library's internal paths to the client.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.sourcesAppendix", defaultValue = "false")
    private boolean sourcesAppendix;

    /**
     * Renders even when nothing changed since the last build. Without it, a build whose
     * descriptor, templates, evidence, libraries, plugin and configuration are all as they were,
     * and whose outputs are untouched, logs that it skipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.force", defaultValue = "false")
    private boolean force;

    /**
     * Attaches the written files to the project, so that {@code mvn deploy} publishes them with the
     * report's version: each {@code report.*} under the classifier {@code report} and its extension
     * as type ({@code report.pdf} is {@code <artifactId>-<version>-report.pdf}), {@code findings.json}
     * under {@code findings} as type {@code json}. See docs/versions.md.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dossier.attach", defaultValue = "true")
    private boolean attach;

    @Component
    private MavenProjectHelper projectHelper;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** In an IDE, the incremental build context; on the command line a default that does nothing. */
    @Component
    private BuildContext buildContext;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    protected void run(ReportConfig config) {
        OutputOptions options = new OutputOptionsParser(config.projectRoot()).parse(formats, pageSize,
                path(stylesheet), path(logo), outputTimestamp, path(wordTemplate), sourcesAppendix);
        log(options.warnings());
        Path out = outputDirectory.toPath();
        ReportCommit.recover(out); // a build killed while committing left a report to finish or debris
        Map<String, String> settings = BuildState.settings(config, pluginVersion(), outputSettings(options), out);
        Path state = workDirectory().toPath().resolve(STATE);
        if (force) {
            getLog().info("Dossier: rendering (dossier.force is set)");
        } else {
            long start = System.nanoTime();
            List<String> changes = UpToDate.changes(BuildState.read(state), settings, config.projectRoot(), out,
                    config.libraries().resolver());
            if (changes.isEmpty()) {
                getLog().info("Dossier: report is up to date, skipping: nothing changed since the last build"
                        + " (checked in " + (System.nanoTime() - start) / 1_000_000 + " ms;"
                        + " -Ddossier.force=true renders anyway)");
                attach(options, out);
                return;
            }
            getLog().info(Printable.escape("Dossier: rendering; changed since the last build: "
                    + UpToDate.describe(changes)));
        }
        long started = System.nanoTime();
        Report report = new ReportBuilder(config).build();
        log(report.problems());
        List<String> written = ReportWriter.write(report, options, out);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (buildContext != null) {
            buildContext.refresh(outputDirectory); // so an IDE shows the new report without a manual refresh
        }
        record(state, BuildState.of(config.projectRoot(), settings, report.inputs(), report.libraries(), out,
                written));
        getLog().info(Printable.escape("Dossier: " + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s") + (report.draft() ? " (draft)" : "") + " written to "
                + outputDirectory + " in " + millis + " ms: "
                + String.join(", ", written.stream().filter(n -> !n.startsWith("evidence/")).toList())));
        attach(options, out);
    }

    /**
     * Attaches each written format to the project, for install and deploy. When an earlier
     * execution of this build attached another file under the same type and classifier, the
     * first stays: Maven would replace it silently but for a warning that names no cause.
     */
    private void attach(OutputOptions options, Path out) {
        if (!attach || project == null || projectHelper == null || project.getArtifact() == null) {
            return;
        }
        List<String> kept = new java.util.ArrayList<>();
        for (Format format : options.formats().stream().sorted().toList()) {
            File file = out.resolve(format.fileName()).toAbsolutePath().normalize().toFile();
            java.util.Optional<File> earlier = project.getAttachedArtifacts().stream()
                    .filter(a -> a.getFile() != null && format.artifactType().equals(a.getType())
                            && format.classifier().equals(a.getClassifier()))
                    .map(a -> a.getFile().getAbsoluteFile()).findFirst();
            if (earlier.isEmpty()) {
                projectHelper.attachArtifact(project, format.artifactType(), format.classifier(), file);
            } else if (!earlier.get().toPath().normalize().equals(file.toPath())) {
                kept.add(earlier.get().getPath());
            }
        }
        if (!kept.isEmpty()) {
            getLog().warn(Printable.escape("Dossier: this execution's files are not attached: an earlier execution"
                    + " attached " + String.join(", ", kept) + " — set <attach>false</attach> on the execution whose"
                    + " files should not be published"));
        }
    }

    @Override
    protected Path outputFolder() {
        return outputDirectory.toPath();
    }

    /**
     * What the writers are told, for the record of the build: the stylesheet (with the files it
     * inlines) and the logo by content.
     */
    private String outputSettings(OutputOptions options) {
        return options.formats().stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ";" + pageSize
                + ";" + options.stylesheetFile().map(f -> Digests.of(UserStylesheet.inline(f))).orElse("none") + ";"
                + digestOrNone(logo) + ";" + outputTimestamp + ";" + digestOrNone(wordTemplate) + ";" + sourcesAppendix;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    private static String digestOrNone(File file) {
        if (file == null || !file.isFile()) {
            return "none";
        }
        try {
            return Digests.of(file.toPath());
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private void record(Path state, BuildState buildState) {
        try {
            buildState.write(state);
        } catch (IOException e) {
            getLog().warn("Dossier: cannot record this build's inputs (" + e.getMessage()
                    + "); the next build renders again");
        }
    }

    /** The version, and for a snapshot the jar's digest: a rebuilt snapshot plugin renders anew. */
    private String pluginVersion() {
        if (plugin == null) {
            return "unknown";
        }
        String version = plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        if (version != null && version.endsWith("-SNAPSHOT") && jar != null && jar.isFile()) {
            try {
                return version + " " + Digests.of(jar.toPath());
            } catch (IOException e) {
                return version + " " + jar.lastModified();
            }
        }
        return String.valueOf(version);
    }
}

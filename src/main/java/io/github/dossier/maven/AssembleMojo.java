package io.github.dossier.maven;

import io.github.dossier.output.OutputOptions;
import io.github.dossier.output.OutputOptionsParser;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every finding of the engagement and writes the combined report ({@code report.md} with
 * the evidence it links, {@code report.html}, {@code report.pdf}, {@code report.docx}) into the
 * output folder.
 *
 * @since 0.1.0
 */
@Mojo(name = "assemble", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class AssembleMojo extends AbstractDossierMojo {

    /**
     * Where the report is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.outputDirectory", defaultValue = "${project.build.directory}/dossier",
            required = true)
    private File outputDirectory;

    /**
     * The formats to write, comma-separated: {@code md}, {@code html}, {@code pdf}, {@code docx}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.formats", defaultValue = "md,html,pdf,docx")
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
     * The creation and modification time written into the PDF and the Word document, so that
     * rebuilding gives identical files: ISO-8601 or seconds since the epoch. When unset, the
     * report's date at midnight UTC.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Override
    protected void run(ReportConfig config) {
        OutputOptions options = new OutputOptionsParser(config.projectRoot()).parse(formats, pageSize,
                stylesheet == null ? null : stylesheet.toPath(), logo == null ? null : logo.toPath(), outputTimestamp);
        Report report = new ReportBuilder(config).build();
        log(report.problems());
        List<String> written = ReportWriter.write(report, options, outputDirectory.toPath());
        getLog().info("Dossier: " + report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s")
                + (report.draft() ? " (draft)" : "") + " written to " + outputDirectory + ": "
                + String.join(", ", written.stream().filter(n -> !n.startsWith("evidence/")).toList()));
    }
}

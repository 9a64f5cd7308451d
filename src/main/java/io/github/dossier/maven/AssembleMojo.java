package io.github.dossier.maven;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.File;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every finding of the engagement and writes the combined report ({@code report.md},
 * {@code report.html} and the evidence they use) and the machine-readable summary
 * ({@code findings.json}) into the output folder.
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
     * The formats to write, comma-separated: {@code md} ({@code report.md}), {@code html}
     * ({@code report.html}), {@code json} ({@code findings.json}, see {@code docs/findings-json.md}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.formats", defaultValue = "md,html,json")
    private String formats;

    @Override
    protected void run(ReportConfig config) {
        Set<Format> chosen = Format.parseList(formats);
        Report report = new ReportBuilder(config).build();
        log(report.problems());
        List<String> written = ReportWriter.write(report, chosen, outputDirectory.toPath());
        getLog().info("Dossier: " + report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s")
                + (report.draft() ? " (draft)" : "") + " written to " + outputDirectory + ": "
                + String.join(", ", written.stream().filter(n -> !n.startsWith("evidence/")).toList()));
    }
}

package io.github.dossier.maven;

import io.github.dossier.incremental.BuildState;
import io.github.dossier.incremental.UpToDate;
import io.github.dossier.io.Digests;
import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every finding of the engagement and writes the combined report ({@code report.md},
 * {@code report.html} and the evidence they use) and the machine-readable summary
 * ({@code findings.json}) into the output folder. Skips rendering when nothing the report is
 * made from changed since the last build.
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
     * ({@code report.html}), {@code json} ({@code findings.json}, see {@code docs/findings-json.md}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.formats", defaultValue = "md,html,json")
    private String formats;

    /**
     * Renders even when nothing changed since the last build. Without it, a build whose
     * descriptor, templates, evidence, libraries, plugin and configuration are all as they were,
     * and whose outputs are untouched, logs that it skipped.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.force", defaultValue = "false")
    private boolean force;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    protected void run(ReportConfig config) {
        Set<Format> chosen = Format.parseList(formats);
        Path out = outputDirectory.toPath();
        Map<String, String> settings = BuildState.settings(config, pluginVersion(),
                chosen.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), out);
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
                return;
            }
            getLog().info("Dossier: rendering; changed since the last build: " + UpToDate.describe(changes));
        }
        Report report = new ReportBuilder(config).build();
        log(report.problems());
        List<String> written = ReportWriter.write(report, chosen, out);
        record(state, BuildState.of(config.projectRoot(), settings, report.inputs(), report.libraries(), out,
                written));
        getLog().info("Dossier: " + report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s")
                + (report.draft() ? " (draft)" : "") + " written to " + outputDirectory + ": "
                + String.join(", ", written.stream().filter(n -> !n.startsWith("evidence/")).toList()));
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

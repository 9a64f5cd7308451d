package io.github.dossier.maven;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.output.Verification;
import io.github.dossier.problem.Printable;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Says whether a deliverable ({@code report.pdf}, {@code report.docx} or {@code findings.json})
 * came from exactly the inputs in the working tree: the report is built again from the descriptor,
 * templates, libraries, writer's sections, scans and evidence (nothing is written), and the
 * provenance the deliverable records is compared with it input by input. Fails naming every input
 * that differs. See docs/versions.md.
 *
 * @since 0.2.0
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends AbstractDossierMojo {

    /**
     * The deliverable to check: a {@code report.pdf}, {@code report.docx} or {@code findings.json}
     * built by {@code assemble}, for example one fetched from the repository it was deployed to.
     *
     * @since 0.2.0
     */
    @Parameter(property = "dossier.report", required = true)
    private File report;

    @Override
    protected void run(ReportConfig config) throws MojoFailureException {
        File file = report.isAbsolute() ? report : new File(basedir, report.getPath());
        Report rebuilt = new ReportBuilder(config).build();
        Verification.Result result = Verification.verify(rebuilt, file.toPath(),
                new ProjectPaths(basedir.toPath()).display(file.toPath()));
        // names come from the working tree and the deliverable: hidden characters are shown escaped
        String shown = Printable.escape(result.file());
        if (result.matches()) {
            getLog().info("Dossier verify: " + shown + " came from exactly these inputs ("
                    + rebuilt.provenance().inputs().size() + " inputs, digest " + result.now() + ")");
            return;
        }
        throw new MojoFailureException("Dossier verify: " + shown + " did not come from these inputs; "
                + result.differences().size() + " differ" + (result.differences().size() == 1 ? "s" : "") + ":\n  "
                + String.join("\n  ", result.differences().stream().map(Printable::escape).toList())
                + "\n(digest recorded " + Printable.escape(result.recorded()) + ", now " + result.now() + ")");
    }
}

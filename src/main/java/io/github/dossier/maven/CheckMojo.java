package io.github.dossier.maven;

import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the descriptor and every template it uses, resolving all markup as {@code assemble}
 * would, without writing a report. Also lists lints, writer comments and template scripts that
 * are never run.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractDossierMojo {

    @Override
    protected void run(ReportConfig config) {
        Report report = new ReportBuilder(config).build();
        log(report.problems());
        long warnings = report.problems().stream().filter(p -> p.severity().name().equals("WARNING")).count();
        getLog().info("Dossier check: " + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? " resolves; " : "s resolve; ") + warnings + " warning"
                + (warnings == 1 ? "" : "s"));
    }

    @Override
    protected boolean lint() {
        return true;
    }
}

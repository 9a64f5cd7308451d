package io.github.dossier.report;

import io.github.dossier.render.RenderSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the core needs to build a report; the Mojos map their parameters onto this.
 *
 * @param projectRoot the project's base folder: every path must stay inside it
 * @param descriptor the engagement descriptor
 * @param settings draft or strict, and the editorial policy
 * @param lint also report template lints, writer comments and script blocks (the check goal)
 */
public record ReportConfig(Path projectRoot, Path descriptor, RenderSettings settings, boolean lint) {

    public ReportConfig {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        descriptor = projectRoot.resolve(Objects.requireNonNull(descriptor, "descriptor")).toAbsolutePath().normalize();
        Objects.requireNonNull(settings, "settings");
    }
}

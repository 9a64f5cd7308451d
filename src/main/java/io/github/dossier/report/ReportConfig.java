package io.github.dossier.report;

import io.github.dossier.render.RenderSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the core needs to build a report; the Mojos map their parameters onto this.
 *
 * @param projectRoot the project's base folder: every path must stay inside it
 * @param descriptor the engagement descriptor
 * @param settings draft or strict, and the editorial policy
 * @param lint also report template lints, writer comments and script blocks (the check goal)
 * @param sectionsDirectory the folder of the writer's own sections ({@code src/report})
 * @param sectionsBefore the files placed before the findings, overriding the descriptor; null to use it
 * @param sectionsAfter the files placed after the findings, overriding the descriptor; null to use it
 */
public record ReportConfig(Path projectRoot, Path descriptor, RenderSettings settings, boolean lint,
        Path sectionsDirectory, List<String> sectionsBefore, List<String> sectionsAfter) {

    /** The default folder of the writer's sections, relative to the project. */
    public static final String DEFAULT_SECTIONS_DIRECTORY = "src/report";

    public ReportConfig {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        descriptor = projectRoot.resolve(Objects.requireNonNull(descriptor, "descriptor")).toAbsolutePath().normalize();
        Objects.requireNonNull(settings, "settings");
        sectionsDirectory = projectRoot.resolve(Objects.requireNonNullElse(sectionsDirectory,
                Path.of(DEFAULT_SECTIONS_DIRECTORY))).toAbsolutePath().normalize();
        sectionsBefore = sectionsBefore == null ? null : List.copyOf(sectionsBefore);
        sectionsAfter = sectionsAfter == null ? null : List.copyOf(sectionsAfter);
    }

    /** Writer sections as the descriptor places them, from {@code src/report}. */
    public ReportConfig(Path projectRoot, Path descriptor, RenderSettings settings, boolean lint) {
        this(projectRoot, descriptor, settings, lint, null, null, null);
    }
}

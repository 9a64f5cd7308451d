package io.github.dossier.report;

import io.github.dossier.io.SizeLimits;
import io.github.dossier.library.LibrarySettings;
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
 * @param libraries libraries from the build's configuration and how artifacts are resolved
 * @param defaultDate the report date when the descriptor gives none ({@code 2026-11-20}, from
 *     {@code project.build.outputTimestamp}), or empty for none; never the clock's
 * @param sectionsDirectory the folder of the writer's own sections ({@code src/report})
 * @param sectionsBefore the files placed before the findings, overriding the descriptor; null to use it
 * @param sectionsAfter the files placed after the findings, overriding the descriptor; null to use it
 * @param limits the largest descriptor, template and evidence files read
 */
public record ReportConfig(Path projectRoot, Path descriptor, RenderSettings settings, boolean lint,
        LibrarySettings libraries, String defaultDate, Path sectionsDirectory, List<String> sectionsBefore,
        List<String> sectionsAfter, SizeLimits limits) {

    /** The default folder of the writer's sections, relative to the project. */
    public static final String DEFAULT_SECTIONS_DIRECTORY = "src/report";

    public ReportConfig {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        descriptor = projectRoot.resolve(Objects.requireNonNull(descriptor, "descriptor")).toAbsolutePath().normalize();
        Objects.requireNonNull(settings, "settings");
        libraries = Objects.requireNonNullElse(libraries, LibrarySettings.none(projectRoot));
        defaultDate = Objects.requireNonNullElse(defaultDate, "");
        sectionsDirectory = projectRoot.resolve(Objects.requireNonNullElse(sectionsDirectory,
                Path.of(DEFAULT_SECTIONS_DIRECTORY))).toAbsolutePath().normalize();
        sectionsBefore = sectionsBefore == null ? null : List.copyOf(sectionsBefore);
        sectionsAfter = sectionsAfter == null ? null : List.copyOf(sectionsAfter);
        limits = Objects.requireNonNullElse(limits, SizeLimits.DEFAULTS);
    }

    /** With the default size limits. */
    public ReportConfig(Path projectRoot, Path descriptor, RenderSettings settings, boolean lint,
            LibrarySettings libraries, String defaultDate, Path sectionsDirectory, List<String> sectionsBefore,
            List<String> sectionsAfter) {
        this(projectRoot, descriptor, settings, lint, libraries, defaultDate, sectionsDirectory, sectionsBefore,
                sectionsAfter, null);
    }

    /** Descriptor folders only, no default date, writer sections as the descriptor places them. */
    public ReportConfig(Path projectRoot, Path descriptor, RenderSettings settings, boolean lint) {
        this(projectRoot, descriptor, settings, lint, null, "", null, null, null, null);
    }
}

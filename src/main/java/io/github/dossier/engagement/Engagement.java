package io.github.dossier.engagement;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.risk.RiskMatrix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, type-checked engagement descriptor.
 *
 * @param descriptor the descriptor file (absolute)
 * @param info the {@code engagement:} section
 * @param libraries template roots in search order: folders (absolute, each inside the project) and
 *     artifacts; empty when the descriptor names none and no default was asked for
 * @param values engagement-wide values in written order
 * @param findings the findings in written order
 * @param riskMatrix the standard matrix, or the descriptor's replacement
 * @param scans the scan files and whether findings are generated from them
 * @param sections the writer's own sections placed before and after the findings
 * @param options engagement-wide decisions on options, by label ({@code engagement.options})
 * @param librariesComplete false when a {@code libraries} entry was refused (reported): templates
 *     missing from the others are then not reported again, finding by finding
 * @param versions the previous version, whether this is a retest, and where removed findings went
 */
public record Engagement(Path descriptor, EngagementInfo info, List<Library> libraries,
        Map<String, Value> values, List<FindingSpec> findings, RiskMatrix riskMatrix, Scans scans,
        ReportSections sections, Map<String, OptionChoice> options, boolean librariesComplete, Versions versions) {

    public Engagement {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(info, "info");
        libraries = List.copyOf(libraries);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        findings = List.copyOf(findings);
        Objects.requireNonNull(riskMatrix, "riskMatrix");
        Objects.requireNonNull(scans, "scans");
        sections = Objects.requireNonNullElse(sections, ReportSections.none());
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        versions = Objects.requireNonNullElse(versions, Versions.NONE);
    }

    /** An engagement without scans or writer sections. */
    public Engagement(Path descriptor, EngagementInfo info, List<Library> libraries, Map<String, Value> values,
            List<FindingSpec> findings, RiskMatrix riskMatrix) {
        this(descriptor, info, libraries, values, findings, riskMatrix, Scans.NONE, ReportSections.none(), Map.of(),
                true, Versions.NONE);
    }

    /**
     * The descriptor's {@code scans:} and {@code generate:} (docs/scans.md).
     *
     * @param files the scan files in written order
     * @param generate whether every template whose scan rules match becomes a finding
     * @param generateLocation where {@code generate:} is written, or null when it is not
     */
    public record Scans(List<ScanFile> files, boolean generate, Location generateLocation) {
        /** No scans, nothing generated. */
        public static final Scans NONE = new Scans(List.of(), false, null);

        public Scans {
            files = List.copyOf(files);
        }
    }

    /**
     * A scan file.
     *
     * @param path as written, relative to the descriptor's folder
     * @param resolved the absolute path, checked to stay inside the project
     * @param location where it is written
     */
    public record ScanFile(String path, Path resolved, Location location) {
    }

    /**
     * A template root: a folder of the project, or a library artifact Maven resolves.
     *
     * @param path as written
     * @param root the absolute folder, or null for an artifact
     * @param location where it is written
     * @param coordinates the artifact, or null for a folder
     */
    public record Library(String path, Path root, Location location, LibraryCoordinates coordinates) {

        public Library {
            if ((root == null) == (coordinates == null)) {
                throw new IllegalArgumentException("a library is either a folder or an artifact: " + path);
            }
        }

        /** A folder of the project. */
        public Library(String path, Path root, Location location) {
            this(path, root, location, null);
        }

        /** A library artifact. */
        public static Library artifact(String path, LibraryCoordinates coordinates, Location location) {
            return new Library(path, null, location, coordinates);
        }

        public boolean isArtifact() {
            return coordinates != null;
        }

        /**
         * Reads one {@code libraries} entry as written, reporting what is wrong with it.
         *
         * @param written a folder relative to the project, or coordinates
         */
        public static java.util.Optional<Library> of(String written, Location at, ProjectPaths paths,
                Problems problems) {
            if (LibraryCoordinates.looksLike(written)) {
                return LibraryCoordinates.parse(written, at, problems).map(c -> artifact(written.strip(), c, at));
            }
            return paths.library(written, at, problems).map(p -> new Library(written, p, at));
        }
    }
}

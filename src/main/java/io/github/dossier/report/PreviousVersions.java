package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.Versions;
import io.github.dossier.history.Comparer;
import io.github.dossier.history.Comparison;
import io.github.dossier.history.FindingRecord;
import io.github.dossier.history.PreviousReader;
import io.github.dossier.history.PreviousVersion;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code engagement.previous}: finds the previous version's {@code findings.json} (coordinates,
 * resolved as library artifacts are, or a path), compares this version with it, and checks that
 * no finding is lost silently and, in a retest, that every finding retested has its status.
 */
final class PreviousVersions {

    /** The classifier and type under which {@code assemble} attaches {@code findings.json}. */
    static final String CLASSIFIER = "findings";
    static final String TYPE = "json";

    private final ReportConfig config;
    private final ProjectPaths paths;
    private final Versions versions;
    private final Path descriptorFolder;
    private final Problems problems;
    /** The findings.json read, once {@link #read()} found it. */
    private Path file;

    PreviousVersions(ReportConfig config, ProjectPaths paths, Engagement engagement, Problems problems) {
        this.config = config;
        this.paths = paths;
        this.versions = engagement.versions();
        this.descriptorFolder = engagement.descriptor().getParent();
        this.problems = problems;
    }

    /** The previous version as read, or empty when none is named or it cannot be read (reported). */
    Optional<PreviousVersion> read() {
        if (!versions.hasPrevious()) {
            return Optional.empty();
        }
        Location at = versions.previousLocation();
        Optional<Path> file = file(at);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (Files.size(file.get()) > PreviousReader.MAX_BYTES) {
                problems.error(at, "the previous version's findings.json is larger than the limit",
                        "name the findings.json that assemble wrote for that version");
                return Optional.empty();
            }
            PreviousVersion read = PreviousReader.read(versions.previous(), Files.readAllBytes(file.get()));
            this.file = file.get();
            return Optional.of(read);
        } catch (IOException e) {
            problems.error(at, "the previous version " + versions.previous() + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", "check that the file exists and is readable");
        } catch (IllegalArgumentException e) {
            problems.error(at, "the previous version " + versions.previous() + " " + e.getMessage(),
                    "name the findings.json that assemble wrote for that version");
        }
        return Optional.empty();
    }

    /**
     * The previous version's findings.json as read, for the record of the build's inputs: a
     * previous version named by path may still be edited, or a SNAPSHOT be replaced.
     */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private Optional<Path> file(Location at) {
        String written = versions.previous();
        if (!LibraryCoordinates.looksLike(written)) {
            Optional<Path> path = paths.previous(written, descriptorFolder, at, problems);
            if (path.isPresent() && !Files.isRegularFile(path.get())) {
                problems.error(at, "the previous version " + written + " is not a file",
                        "give the path of its findings.json relative to the descriptor, or its coordinates");
                return Optional.empty();
            }
            return path;
        }
        return coordinates(written, at).flatMap(c -> {
            try {
                return Optional.of(config.libraries().resolver().resolve(c));
            } catch (LibraryResolutionException e) {
                problems.error(at, "the previous version " + c + " cannot be resolved: " + e.getMessage(),
                        "deploy that version with assemble's artifacts attached, or name its findings.json by path");
                return Optional.empty();
            }
        });
    }

    /** {@code g:a:v} means the findings.json assemble attached; {@code g:a:type:classifier:v} names one. */
    static Optional<LibraryCoordinates> coordinates(String written, Location at, Problems problems) {
        String[] parts = written.strip().split(":", -1);
        boolean valid = (parts.length == 3 || parts.length == 5)
                && java.util.Arrays.stream(parts).allMatch(p -> p.matches("[A-Za-z0-9_.-]+"));
        String version = parts[parts.length - 1];
        if (!valid || version.equalsIgnoreCase("LATEST") || version.equalsIgnoreCase("RELEASE")) {
            problems.error(at, "engagement.previous '" + written + "' is neither a path nor coordinates with a fixed"
                    + " version", "write groupId:artifactId:version (the findings.json assemble attached) or a path");
            return Optional.empty();
        }
        return Optional.of(parts.length == 3 ? new LibraryCoordinates(parts[0], parts[1], TYPE, CLASSIFIER, version)
                : new LibraryCoordinates(parts[0], parts[1], parts[2], parts[3], version));
    }

    private Optional<LibraryCoordinates> coordinates(String written, Location at) {
        return coordinates(written, at, problems);
    }

    /**
     * Compares and checks: a finding of the previous version missing now without a reason is an
     * error (a warning in draft mode); a {@code removed:} key that names no such finding is an error.
     */
    Comparison compare(PreviousVersion previous, List<RenderedFinding> findings) {
        List<FindingRecord> current = findings.stream().map(PreviousVersions::record).toList();
        Set<String> now = current.stream().map(FindingRecord::key).collect(Collectors.toSet());
        Set<String> before = previous.findings().stream().map(FindingRecord::key).collect(Collectors.toSet());
        Map<String, String> reasons = new LinkedHashMap<>();
        versions.removed().forEach((key, removal) -> {
            if (now.contains(key)) {
                problems.error(removal.location(), "removed: names '" + key + "', which is still a finding of this"
                        + " version", "remove it from removed: or from findings:");
            } else if (!before.contains(key)) {
                problems.error(removal.location(), "removed: names '" + key + "', which is not a finding of "
                        + previous.label(), Suggestions.didYouMean(key, before, "list only findings of "
                        + previous.label() + " that this version leaves out"));
            } else {
                reasons.put(key, removal.reason());
            }
        });
        Set<String> notGiven = findings.stream().filter(f -> !f.statusGiven()).map(RenderedFinding::key)
                .collect(Collectors.toSet());
        Comparison comparison = Comparer.compare(previous, current, reasons, versions.retest(), notGiven);
        for (Comparison.Removal r : comparison.removed()) {
            if (r.reason().isEmpty()) {
                String message = "finding '" + r.finding().key() + "' (" + r.finding().title() + ") of "
                        + previous.label() + " is not in this version";
                String hint = "add it back to findings:, or say where it went: removed: {" + r.finding().key()
                        + ": \"merged into …\"}";
                if (config.settings().draft()) {
                    problems.warning(versions.previousLocation(), message, hint);
                } else {
                    problems.error(versions.previousLocation(), message, hint);
                }
            }
        }
        return comparison;
    }

    /**
     * In a retest every finding the previous version had needs its retest status written: in
     * strict mode a missing one is unresolved, in draft mode a warning.
     */
    void checkRetest(PreviousVersion previous, List<PreparedFinding> findings) {
        for (PreparedFinding f : findings) {
            if (!f.spec().fieldLocations().containsKey("status") && previous.finding(f.key()).isPresent()) {
                String message = "finding '" + f.key() + "' of " + previous.label() + " has no retest status";
                String hint = "add status: fixed, partially fixed, open, accepted or not retested to the finding";
                Location at = f.spec().location();
                if (config.settings().draft()) {
                    problems.warning(at, message, hint);
                } else {
                    problems.error(at, message, hint);
                }
            }
        }
    }

    /** A finding as findings.json records it, for the comparison. */
    static FindingRecord record(RenderedFinding f) {
        Map<String, String> text = new LinkedHashMap<>();
        for (FindingPart part : FindingPart.values()) {
            text.put(part.name().toLowerCase(java.util.Locale.ROOT), f.section(part));
        }
        return new FindingRecord(f.key(), f.number(), f.plainTitle(), f.risk().label(), cvss(f), f.status().slug(),
                f.affected(), text);
    }

    /** The vector, else the score with one decimal, else empty: as findings.json records it. */
    static String cvss(RenderedFinding f) {
        return f.parsedCvss().map(c -> c.hasVector() ? c.vector()
                : java.math.BigDecimal.valueOf(c.score()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString())
                .orElse("");
    }
}

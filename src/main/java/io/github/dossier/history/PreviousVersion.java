package io.github.dossier.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The earlier version of a report that {@code engagement.previous} names, read from its
 * {@code findings.json}.
 *
 * @param source as {@code previous:} names it: coordinates or a path
 * @param version its {@code engagement.version}, or empty
 * @param sha256 the SHA-256 of the {@code findings.json} read
 * @param hasText whether it records each finding's text (format 2 and later)
 * @param findings its findings, in its order
 */
public record PreviousVersion(String source, String version, String sha256, boolean hasText,
        List<FindingRecord> findings) {

    public PreviousVersion {
        Objects.requireNonNull(source, "source");
        version = Objects.requireNonNullElse(version, "");
        Objects.requireNonNull(sha256, "sha256");
        findings = List.copyOf(findings);
    }

    /** {@code version 1.0}, or the source when the version is not known. */
    public String label() {
        return version.isBlank() ? source : "version " + version;
    }

    public Optional<FindingRecord> finding(String key) {
        return findings.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}

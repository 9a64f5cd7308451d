package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import java.util.Map;
import java.util.Objects;

/**
 * What the descriptor says about earlier versions of the report (docs/versions.md):
 * {@code engagement.previous}, {@code engagement.retest} and {@code removed}.
 *
 * @param previous the previous version's {@code findings.json}: coordinates
 *     ({@code groupId:artifactId:version}) or a path relative to the descriptor; empty for none
 * @param previousLocation where it is written, or null
 * @param retest whether this report is a retest of the previous version
 * @param retestLocation where {@code retest} is written, or null
 * @param removed where each finding of the previous version that this one leaves out went, by key
 */
public record Versions(String previous, Location previousLocation, boolean retest, Location retestLocation,
        Map<String, Removal> removed) {

    /** No previous version. */
    public static final Versions NONE = new Versions("", null, false, null, Map.of());

    /**
     * One entry of {@code removed:}.
     *
     * @param reason where the finding went, as written
     * @param location where the key is written
     */
    public record Removal(String reason, Location location) {
    }

    public Versions {
        previous = Objects.requireNonNullElse(previous, "").strip();
        removed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(removed));
    }

    public boolean hasPrevious() {
        return !previous.isEmpty();
    }
}

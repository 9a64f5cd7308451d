package io.github.dossier.report;

import java.util.Objects;

/**
 * The library a finding's template came from: a folder of the project ({@code src/findings}) or
 * a library artifact and its version.
 *
 * @param name the folder relative to the project, or {@code groupId:artifactId}; empty when unknown
 * @param version the artifact's version, or empty for a folder
 */
public record FindingOrigin(String name, String version) {

    public static final FindingOrigin UNKNOWN = new FindingOrigin("", "");

    public FindingOrigin {
        Objects.requireNonNull(name, "name");
        version = Objects.requireNonNullElse(version, "");
    }

    public boolean isKnown() {
        return !name.isEmpty();
    }

    /** {@code src/findings} or {@code com.acme.sec:findings:2.3.0}. */
    public String label() {
        return version.isEmpty() ? name : name + ":" + version;
    }
}

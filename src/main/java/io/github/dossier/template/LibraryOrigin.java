package io.github.dossier.template;

import java.util.Objects;

/**
 * Where a template came from, recorded with every finding: a folder of the project
 * ({@code src/findings}) or a library artifact and its version ({@code com.acme.sec:findings},
 * {@code 2.3.0}).
 *
 * @param name the folder relative to the project, or {@code groupId:artifactId}
 * @param version the artifact's version, or empty for a folder
 */
public record LibraryOrigin(String name, String version) {

    public LibraryOrigin {
        Objects.requireNonNull(name, "name");
        version = Objects.requireNonNullElse(version, "");
    }

    /** A folder of the project, as shown to the user. */
    public static LibraryOrigin folder(String display) {
        return new LibraryOrigin(display, "");
    }

    public boolean isArtifact() {
        return !version.isEmpty();
    }

    /** {@code src/findings} or {@code com.acme.sec:findings:2.3.0}. */
    public String label() {
        return version.isEmpty() ? name : name + ":" + version;
    }
}

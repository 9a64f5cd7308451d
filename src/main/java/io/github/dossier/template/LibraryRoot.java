package io.github.dossier.template;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder of templates to search, and where it came from.
 *
 * @param folder the absolute folder holding the templates
 * @param origin the project folder or library artifact it stands for
 * @param displayPrefix for an unpacked artifact, how its files are named in messages
 *     ({@code findings-2.3.0.jar!/dossier-library/}); empty for a project folder, whose files
 *     are shown relative to the project
 * @param artifact for an unpacked artifact, its coordinates in Maven's form; else empty
 */
public record LibraryRoot(Path folder, LibraryOrigin origin, String displayPrefix, String artifact) {

    public LibraryRoot {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(origin, "origin");
        displayPrefix = Objects.requireNonNullElse(displayPrefix, "");
        artifact = Objects.requireNonNullElse(artifact, "");
    }

    /** A folder of the project. */
    public static LibraryRoot folder(Path folder, String display) {
        return new LibraryRoot(folder, LibraryOrigin.folder(display), "", "");
    }

    /** Whether the folder was unpacked from an artifact (its files are named by the artifact). */
    public boolean isUnpacked() {
        return !displayPrefix.isEmpty();
    }
}

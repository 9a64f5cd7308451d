package io.github.dossier.library;

import java.nio.file.Path;

/**
 * Finds the archive of a library artifact on this machine, downloading it if need be. The core
 * knows nothing of repositories: under Maven the plugin supplies a resolver that uses Maven's own
 * (so {@code settings.xml} mirrors, the local repository and offline mode apply).
 */
@FunctionalInterface
public interface LibraryResolver {

    /**
     * The archive (jar or zip) of {@code coordinates}.
     *
     * @throws LibraryResolutionException when it cannot be had; the message says why
     */
    Path resolve(LibraryCoordinates coordinates) throws LibraryResolutionException;

    /** A resolver for builds without Maven: every artifact library is an error. */
    static LibraryResolver unavailable() {
        return coordinates -> {
            throw new LibraryResolutionException("artifact libraries are resolved by Maven, and this build runs"
                    + " without it");
        };
    }
}

package io.github.dossier.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where templates come from besides the descriptor's {@code libraries}, and how artifacts are
 * had.
 *
 * @param extra library entries from the build's configuration (folders relative to the project,
 *     or coordinates), searched after the descriptor's
 * @param resolver finds artifact archives
 * @param workDirectory where artifacts are unpacked (under the build folder)
 */
public record LibrarySettings(List<String> extra, LibraryResolver resolver, Path workDirectory) {

    public LibrarySettings {
        extra = List.copyOf(extra);
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(workDirectory, "workDirectory");
    }

    /** No extra libraries and no artifact resolution: descriptor folders only. */
    public static LibrarySettings none(Path projectRoot) {
        return new LibrarySettings(List.of(), LibraryResolver.unavailable(),
                projectRoot.resolve("target/dossier-work"));
    }
}

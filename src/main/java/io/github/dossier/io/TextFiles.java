package io.github.dossier.io;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads user text files strictly: UTF-8 or a located error, a size limit, a byte-order mark
 * dropped and line breaks normalised to {@code \n} so positions and outputs do not depend on
 * the platform that wrote the file.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /** Reads {@code file}; on failure reports a problem at {@code display} and returns empty. */
    public static Optional<String> read(Path file, String display, long maxBytes, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(Location.of(display), "file is " + size + " bytes, over the limit of " + maxBytes,
                        "split it, or raise the limit if the file is genuine");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(Location.of(display), "cannot read the file: " + describe(e),
                    "check that it exists and is readable");
            return Optional.empty();
        }
        return decode(bytes, display, problems).map(TextFiles::normalise);
    }

    private static Optional<String> decode(byte[] bytes, String display, Problems problems) {
        Utf8.Decoded decoded = Utf8.decode(bytes, display);
        if (!decoded.ok()) {
            problems.error(decoded.badAt(), "the file is not valid UTF-8", "save it as UTF-8");
            return Optional.empty();
        }
        return Optional.of(decoded.text());
    }

    private static String normalise(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** An exception's message without the stack, for people. */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

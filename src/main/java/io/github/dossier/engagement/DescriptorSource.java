package io.github.dossier.engagement;

import io.github.dossier.io.Utf8;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a descriptor's bytes and decodes them strictly as UTF-8: a file saved in another
 * encoding is reported where its first bad byte is, instead of silently turning into other
 * characters in the report.
 */
final class DescriptorSource {

    static final String EMPTY = "descriptor is empty";
    static final String EMPTY_HINT = "write engagement:, libraries: and findings: into it";

    private static final long MIB = 1024L * 1024;

    private DescriptorSource() {
    }

    /** The file's text without a byte order mark, or empty when it cannot be used (reported). */
    static Optional<String> read(Path file, String display, long maxBytes, Problems problems) {
        Location at = Location.of(display);
        try {
            if (Files.isDirectory(file)) {
                problems.error(at, "descriptor is a folder, not a file", "point <descriptor> at the YAML file");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.error(at, "descriptor is " + size + " bytes, over the limit of " + describe(maxBytes),
                        "keep evidence in separate files ({image: …} or {file: …}) instead of inline");
                return Optional.empty();
            }
            return decode(Files.readAllBytes(file), display, problems);
        } catch (NoSuchFileException e) {
            problems.error(at, "descriptor not found", "create it or set <descriptor>/-Ddossier.descriptor");
        } catch (IOException e) {
            problems.error(at, "descriptor cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is readable");
        }
        return Optional.empty();
    }

    static String describe(long bytes) {
        return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
    }

    private static Optional<String> decode(byte[] bytes, String display, Problems problems) {
        if (bytes.length == 0) {
            problems.error(Location.of(display), EMPTY, EMPTY_HINT);
            return Optional.empty();
        }
        Utf8.Decoded decoded = Utf8.decode(bytes, display);
        if (!decoded.ok()) {
            problems.error(decoded.badAt(), String.format("byte 0x%02X is not valid UTF-8", decoded.badByte()),
                    "save the file as UTF-8");
            return Optional.empty();
        }
        return Optional.of(decoded.text());
    }
}

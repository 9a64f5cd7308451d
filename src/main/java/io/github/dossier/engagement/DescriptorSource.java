package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never yields more chars than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            problems.error(badByte(bytes, bad, display), String.format("byte 0x%02X is not valid UTF-8", bytes[bad]),
                    "save the file as UTF-8");
            return Optional.empty();
        }
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Line and column (in characters) of the byte at {@code index}; the bytes before it are valid. */
    private static Location badByte(byte[] bytes, int index, String display) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, index - lineStart, StandardCharsets.UTF_8);
        return new Location(display, line, before.codePointCount(0, before.length()) + 1);
    }
}

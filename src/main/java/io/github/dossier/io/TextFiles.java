package io.github.dossier.io;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            Location at = firstBadByte(bytes, display);
            problems.error(at, "the file is not valid UTF-8", "save it as UTF-8");
            return Optional.empty();
        }
    }

    /** The line and column of the first byte that does not decode, for the message. */
    private static Location firstBadByte(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = 0;
        int hi = bytes.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid - 1;
            }
        }
        // lo bytes decode cleanly (a truncated sequence at the end counts as bad, so back off to a boundary)
        String good = new String(bytes, 0, lo, StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        for (int i = 0; i < good.length(); i++) {
            if (good.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(display, line, column);
    }

    private static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
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

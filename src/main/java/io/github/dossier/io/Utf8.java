package io.github.dossier.io;

import io.github.dossier.problem.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding in one pass: the text, or where the first byte that is not UTF-8 is, so
 * a file saved in another encoding is reported at that place instead of turning silently into
 * other characters.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The outcome of decoding.
     *
     * @param text the text without a byte-order mark, or null when a byte is not UTF-8
     * @param badAt where the first bad byte is (column in characters), or null
     * @param badByte that byte, or 0
     */
    public record Decoded(String text, Location badAt, int badByte) {
        public boolean ok() {
            return text != null;
        }
    }

    /** Decodes {@code bytes}, naming {@code display} in the location of a bad byte. */
    public static Decoded decode(byte[] bytes, String display) {
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
            return new Decoded(null, locate(bytes, bad, display), bytes[bad] & 0xFF);
        }
        String text = out.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null, 0);
    }

    /** Line and column (in characters) of the byte at {@code index}; the bytes before it are valid. */
    private static Location locate(byte[] bytes, int index, String display) {
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

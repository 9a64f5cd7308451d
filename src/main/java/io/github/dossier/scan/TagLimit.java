package io.github.dossier.scan;

import io.github.dossier.problem.Location;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Bounds every piece of XML markup a scan file holds: a tag with its attributes, a comment, a
 * CDATA section, a processing instruction. The XML parser streams text, but it holds a tag whole,
 * at about {@value #HEAP_PER_BYTE} bytes of heap per byte: one 200 MB attribute would end the
 * build in "Java heap space". Real Nessus tags are a few kilobytes. A piece over the limit is
 * measured to its end without being kept, and reading stops with its place, its size and the
 * heap it would have needed.
 */
final class TagLimit extends FilterInputStream {

    /** The largest piece of markup read: far above any real tag, far below any heap. */
    static final long MAX_MARKUP_BYTES = 16L << 20;
    /** Heap the JDK's parser takes per byte of a tag, measured (a 40 MB attribute peaked at 300 MB). */
    static final int HEAP_PER_BYTE = 8;

    /** A piece of markup over the limit. */
    record TooLong(Location at, long bytes) {
    }

    /** Thrown through the parser when a piece of markup is over the limit. */
    static final class MarkupTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        MarkupTooLong() {
            super("a piece of XML markup is over the limit");
        }
    }

    private enum State { TEXT, OPEN, BANG, BANG_DASH, TAG, COMMENT, CDATA, PI, DECLARATION }

    private final String display;
    private final long limit;
    private State state = State.TEXT;
    private int quote;
    private int last;
    private int beforeLast;
    private long length;
    private long line = 1;
    private long column;
    private long startLine;
    private long startColumn;
    private TooLong tooLong;

    TagLimit(InputStream in, String display) {
        this(in, display, MAX_MARKUP_BYTES);
    }

    TagLimit(InputStream in, String display, long limit) {
        super(in);
        this.display = display;
        this.limit = limit;
    }

    /** The piece of markup that stopped reading, if one did. */
    Optional<TooLong> tooLong() {
        return Optional.ofNullable(tooLong);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && !see(b)) {
            measureRest(new byte[0], 0, 0);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            if (!see(buffer[offset + i] & 0xFF)) {
                measureRest(buffer, offset + i + 1, offset + n);
            }
        }
        return n;
    }

    /** Follows one byte; false when it makes the current piece of markup too long. */
    private boolean see(int b) {
        column = b == '\n' ? 0 : column + 1;
        line += b == '\n' ? 1 : 0;
        boolean within = true;
        if (state == State.TEXT) {
            if (b == '<') {
                state = State.OPEN;
                length = 1;
                startLine = line;
                startColumn = column;
            }
        } else {
            step(b);
            within = state == State.TEXT || ++length <= limit;
        }
        beforeLast = last;
        last = b;
        return within;
    }

    /** One byte inside markup: find its kind from its first bytes, then its end. */
    private void step(int b) {
        state = switch (state) {
            case OPEN -> b == '!' ? State.BANG : b == '?' ? State.PI : tag(b);
            case BANG -> b == '-' ? State.BANG_DASH : b == '[' ? State.CDATA : State.DECLARATION;
            case BANG_DASH -> b == '-' ? State.COMMENT : State.DECLARATION;
            case TAG, DECLARATION -> tag(b);
            case COMMENT -> b == '>' && last == '-' && beforeLast == '-' ? State.TEXT : State.COMMENT;
            case CDATA -> b == '>' && last == ']' && beforeLast == ']' ? State.TEXT : State.CDATA;
            case PI -> b == '>' && last == '?' ? State.TEXT : State.PI;
            default -> state;
        };
    }

    /** Inside a tag a quoted value may hold {@code >}; outside quotes {@code >} ends it. */
    private State tag(int b) {
        if (quote != 0) {
            quote = b == quote ? 0 : quote;
            return state == State.OPEN ? State.TAG : state;
        }
        if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            return State.TEXT;
        }
        return state == State.OPEN ? State.TAG : state;
    }

    /**
     * Reads on, keeping nothing, to the end of the piece (or of the file), then stops the parser.
     * The bytes from {@code from} to {@code to} of {@code buffer} were read already.
     */
    private void measureRest(byte[] buffer, int from, int to) throws IOException {
        long total = length + count(buffer, from, to);
        byte[] skip = new byte[64 * 1024];
        for (int n = state == State.TEXT ? -1 : in.read(skip); n > 0 && state != State.TEXT; n = in.read(skip)) {
            total += count(skip, 0, n);
        }
        tooLong = new TooLong(new Location(display, (int) Math.min(Integer.MAX_VALUE, startLine),
                (int) Math.min(Integer.MAX_VALUE, startColumn)), total);
        throw new MarkupTooLong();
    }

    /** How many of the bytes belong to the current piece: up to and including its end, if it is there. */
    private int count(byte[] bytes, int from, int to) {
        for (int i = from; i < to && state != State.TEXT; i++) {
            step(bytes[i] & 0xFF);
            beforeLast = last;
            last = bytes[i] & 0xFF;
            if (state == State.TEXT) {
                return i - from + 1;
            }
        }
        return to - from;
    }
}

package io.github.dossier.render;

import io.github.dossier.template.CodeFence;
import io.github.dossier.template.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Where a resolver writes its Markdown. Code spans and fences are held open until they close,
 * then written with delimiters longer than any run inside them, so that a value inserted into
 * code can never close that code and become markup (SPEC §4: values are always escaped).
 */
final class Output {

    /** An open capture: plain (opener null), or code waiting for its closing delimiter. */
    private record Frame(StringBuilder text, Node.Code opener) {
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    Output() {
        frames.push(new Frame(new StringBuilder(), null));
    }

    /** Whether text goes into code held open or a capture, to be rewritten when it is written out. */
    boolean capturing() {
        return frames.size() > 1;
    }

    /** The builder that text goes to now. */
    StringBuilder current() {
        return frames.peek().text();
    }

    Output append(String s) {
        current().append(s);
        return this;
    }

    /** Handles a code delimiter from the template. */
    void code(Node.Code delimiter) {
        switch (delimiter.kind()) {
            case SPAN_OPEN, FENCE_OPEN -> frames.push(new Frame(new StringBuilder(), delimiter));
            default -> close(delimiter);
        }
    }

    private void close(Node.Code closer) {
        Node.Code opener = frames.peek().opener();
        boolean span = closer.kind() == Node.Code.Kind.SPAN_CLOSE;
        if (opener == null || (opener.kind() == Node.Code.Kind.SPAN_OPEN) != span) {
            current().append(closer.written());
            return;
        }
        String content = frames.pop().text().toString();
        current().append(span ? span(opener, content, closer) : fence(opener, content, closer));
    }

    /** A code span whose backtick run is longer than any in its content. */
    private static String span(Node.Code opener, String content, Node.Code closer) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        if (longest < opener.written().length()) {
            return opener.written() + content + closer.written();
        }
        String ticks = "`".repeat(longest + 1);
        boolean pad = content.startsWith("`") || content.endsWith("`");
        return ticks + (pad ? " " + content + " " : content) + ticks;
    }

    /** A fenced block whose fence is longer than any run of its character starting a line inside it. */
    private static String fence(Node.Code opener, String content, Node.Code closer) {
        CodeFence fence = CodeFence.opening(opener.written());
        int longest = fence.longestRunIn(content);
        if (longest < fence.length()) {
            return opener.written() + content + closer.written();
        }
        String chars = String.valueOf(fence.character()).repeat(longest + 1);
        return fence.indent() + chars + fence.info() + content + fence.indent() + chars;
    }

    /** Runs {@code emit} into a fresh builder and returns what it wrote, unclosed code included as written. */
    String capture(Consumer<Output> emit) {
        int depth = frames.size();
        frames.push(new Frame(new StringBuilder(), null));
        emit.accept(this);
        unwindTo(depth + 1);
        return frames.pop().text().toString();
    }

    /** Everything written, unclosed code included as written. */
    String finish() {
        unwindTo(1);
        return current().toString();
    }

    /** Code left open writes its opening delimiter as text, as the template did. */
    private void unwindTo(int depth) {
        while (frames.size() > depth) {
            Frame open = frames.pop();
            current().append(open.opener().written()).append(open.text());
        }
    }
}

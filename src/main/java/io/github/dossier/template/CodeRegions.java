package io.github.dossier.template;

import io.github.dossier.template.Node.Context;

/**
 * Marks which characters of a section's source lie in fenced code blocks or code spans. Toggles
 * are not recognised in code (braces and {@code ||} are code there); highlights are, and values
 * inserted in code are not escaped.
 */
final class CodeRegions {

    private final byte[] context;
    /** The code delimiters by where they start: a span's backtick runs, a fence's opening and closing lines. */
    private final java.util.Map<Integer, Delimiter> delimiters;

    /**
     * Where code starts or ends.
     *
     * @param node the node that stands for it
     * @param length how many characters of the source it takes
     */
    record Delimiter(Node.Code node, int length) {
    }

    private CodeRegions(byte[] context, java.util.Map<Integer, Delimiter> delimiters) {
        this.context = context;
        this.delimiters = delimiters;
    }

    Context at(int index) {
        return Context.values()[context[index]];
    }

    /** The code delimiter starting at {@code index}, or null. */
    Delimiter delimiterAt(int index) {
        return delimiters.isEmpty() ? null : delimiters.get(index);
    }

    /** Where code delimiters start, in order. */
    int[] delimiterStarts() {
        return delimiters.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Finds the code; delimiter nodes are located by {@code at}. */
    static CodeRegions of(String text, java.util.function.IntFunction<io.github.dossier.problem.Location> at) {
        byte[] context = new byte[text.length() + 1];
        java.util.Map<Integer, Delimiter> delimiters = new java.util.HashMap<>();
        markFences(text, context, delimiters, at);
        markSpans(text, context, delimiters, at);
        return new CodeRegions(context, delimiters);
    }


    /** Fences: an opening line, then everything up to the line that closes it (or the end). */
    private static void markFences(String text, byte[] context, java.util.Map<Integer, Delimiter> delimiters,
            java.util.function.IntFunction<io.github.dossier.problem.Location> at) {
        int pos = 0;
        CodeFence open = null;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (open == null) {
                open = CodeFence.opening(line);
                if (open != null) {
                    fill(context, pos, end, Context.CODE_BLOCK);
                    delimit(delimiters, at, pos, line, Node.Code.Kind.FENCE_OPEN);
                }
            } else {
                fill(context, pos, end, Context.CODE_BLOCK);
                if (open.closedBy(line)) {
                    open = null;
                    delimit(delimiters, at, pos, line, Node.Code.Kind.FENCE_CLOSE);
                }
            }
            pos = end + 1;
        }
    }

    private static void delimit(java.util.Map<Integer, Delimiter> delimiters,
            java.util.function.IntFunction<io.github.dossier.problem.Location> at, int start, String written,
            Node.Code.Kind kind) {
        delimiters.put(start, new Delimiter(new Node.Code(kind, written, at.apply(start)), written.length()));
    }

    /** Code spans: a backtick run closed by a run of the same length before the paragraph ends. */
    private static void markSpans(String text, byte[] context, java.util.Map<Integer, Delimiter> delimiters,
            java.util.function.IntFunction<io.github.dossier.problem.Location> at) {
        // a failed search for a closer of length L ran to a paragraph end: later openers of
        // length L before that end fail too, which keeps many unmatched backticks linear
        java.util.Map<Integer, Integer> noCloserBefore = new java.util.HashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`' || context[i] != 0 || (i > 0 && text.charAt(i - 1) == '\\')) {
                i++;
                continue;
            }
            int length = run(text, i);
            int close = i < noCloserBefore.getOrDefault(length, -1) ? -1
                    : findCloser(text, context, i + length, length);
            if (close < 0) {
                noCloserBefore.putIfAbsent(length, -1);
                noCloserBefore.put(length, Math.max(noCloserBefore.get(length), paragraphEnd(text, context, i)));
                i += length;
                continue;
            }
            fill(context, i, close + length, Context.CODE_SPAN);
            delimit(delimiters, at, i, text.substring(i, i + length), Node.Code.Kind.SPAN_OPEN);
            delimit(delimiters, at, close, text.substring(close, close + length), Node.Code.Kind.SPAN_CLOSE);
            i = close + length;
        }
    }

    private static int findCloser(String text, byte[] context, int from, int length) {
        int j = from;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (context[j] != 0 || (c == '\n' && isBlankLineAfter(text, j))) {
                return -1;
            }
            if (c == '`') {
                int r = run(text, j);
                if (r == length) {
                    return j;
                }
                j += r;
            } else {
                j++;
            }
        }
        return -1;
    }

    /** Where the search for a closer started at {@code from} gives up: a blank line, a fence, or the end. */
    private static int paragraphEnd(String text, byte[] context, int from) {
        for (int j = from; j < text.length(); j++) {
            if (context[j] != 0 || text.charAt(j) == '\n' && isBlankLineAfter(text, j)) {
                return j;
            }
        }
        return text.length();
    }

    private static boolean isBlankLineAfter(String text, int newline) {
        int end = lineEnd(text, newline + 1);
        return text.substring(newline + 1, end).isBlank();
    }

    static int run(String s, int from) {
        if (from >= s.length()) {
            return 0;
        }
        char c = s.charAt(from);
        int j = from;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - from;
    }

    static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static void fill(byte[] context, int from, int to, Context value) {
        for (int k = from; k < to && k < context.length; k++) {
            context[k] = (byte) value.ordinal();
        }
    }
}

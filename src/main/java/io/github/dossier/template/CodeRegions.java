package io.github.dossier.template;

import io.github.dossier.template.Node.Context;

/**
 * Marks which characters of a section's source lie in fenced code blocks or code spans. Toggles
 * are not recognised in code (braces and {@code ||} are code there); highlights are, and values
 * inserted in code are not escaped.
 */
final class CodeRegions {

    private final byte[] context;

    private CodeRegions(byte[] context) {
        this.context = context;
    }

    Context at(int index) {
        return Context.values()[context[index]];
    }

    static CodeRegions of(String text) {
        byte[] context = new byte[text.length() + 1];
        markFences(text, context);
        markSpans(text, context);
        return new CodeRegions(context);
    }

    /** Fences: a line of at least three backticks or tildes opens; the same character, at least as long, closes. */
    private static void markFences(String text, byte[] context) {
        int pos = 0;
        char fenceChar = 0;
        int fenceLength = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).stripLeading();
            int run = run(line, 0);
            char c = line.isEmpty() ? 0 : line.charAt(0);
            boolean fenceLine = run >= 3 && (c == '`' || c == '~');
            if (fenceChar == 0 && fenceLine && !(c == '`' && line.indexOf('`', run) >= 0)) {
                fenceChar = c;
                fenceLength = run;
                fill(context, pos, end, Context.CODE_BLOCK);
            } else if (fenceChar != 0) {
                fill(context, pos, end, Context.CODE_BLOCK);
                if (fenceLine && c == fenceChar && run >= fenceLength && line.substring(run).isBlank()) {
                    fenceChar = 0;
                }
            }
            pos = end + 1;
        }
    }

    /** Code spans: a backtick run closed by a run of the same length before the paragraph ends. */
    private static void markSpans(String text, byte[] context) {
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

    private static int run(String s, int from) {
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

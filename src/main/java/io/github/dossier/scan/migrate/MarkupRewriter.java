package io.github.dossier.scan.migrate;

import io.github.dossier.problem.Location;
import io.github.dossier.template.BrokenDelimiters;
import io.github.dossier.template.CodeFence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites misspelt or glued option markers and broken delimiters in a template's body to their
 * canonical form (SPEC §1.4): {@code OPTIONBlindXSS} → {@code OPTION BlindXSS}, {@code OPION} and
 * {@code OPTIONAL} → {@code OPTION}, {@code {=x==}} → {@code {==x==}}, {@code ==)} → {@code ==}},
 * {@code {have|has}} → {@code {have||has}}. The markup means the same afterwards, as the parser
 * already reads it; only delimiters and keywords change, every other byte stays. The front
 * matter and code are left alone. A {@code ==}} that closes nothing is not guessed at.
 */
final class MarkupRewriter {

    /** After {@code {==} and any spaces: a misspelt keyword, or the keyword glued to its text. */
    private static final Pattern KEYWORD = Pattern.compile("(OPION|OPTIONAL(?![A-Za-z])|OPTION(?=[A-Za-z0-9]))");
    private static final Pattern SINGLE_PIPE_TOGGLE = Pattern.compile("\\{([\\p{L} ]*\\p{L})\\|(\\p{L}[\\p{L} ]*)\\}");

    /**
     * One change.
     *
     * @param location where the changed text starts
     * @param from the text as it was
     * @param to the text as it is now
     */
    record Change(Location location, String from, String to) {
        @Override
        public String toString() {
            return location + ": '" + from + "' → '" + to + "'";
        }
    }

    /** The rewritten text and the changes made, in order. */
    record Result(String text, List<Change> changes) {
    }

    /** Replaces {@code [start, end)} by {@code to}; messages show the text up to {@code shownEnd}. */
    private record Edit(int start, int end, String to, int shownEnd) {
        Edit(int start, int end, String to) {
            this(start, end, to, end);
        }
    }

    private MarkupRewriter() {
    }

    static Result rewrite(String text, String display) {
        int body = bodyStart(text);
        boolean[] code = code(text, body);
        List<Edit> edits = new ArrayList<>();
        Matcher opener = Pattern.compile("\\{==[ \\t]*").matcher(text);
        opener.region(body, text.length());
        while (opener.find()) {
            Matcher keyword = KEYWORD.matcher(text).region(opener.end(), text.length());
            if (keyword.lookingAt()) {
                boolean glued = keyword.end() < text.length()
                        && Character.isLetterOrDigit(text.charAt(keyword.end()));
                String to = glued ? "OPTION " : "OPTION";
                int close = text.indexOf("==}", keyword.end());
                int shownEnd = close < 0 || close - keyword.end() > 40 ? keyword.end() : close;
                edits.add(new Edit(keyword.start(), keyword.end(), to, shownEnd));
            }
        }
        BrokenDelimiters broken = BrokenDelimiters.in(text);
        find(BrokenDelimiters.PATTERN, text, body, code, broken::isBroken, edits, m -> switch (m.group()) {
            case "{=" -> "{==";
            case "=}" -> "==}";
            case "==)" -> "==}";
            default -> "{==";
        });
        find(SINGLE_PIPE_TOGGLE, text, body, code, m -> true, edits, m -> "{" + m.group(1) + "||" + m.group(2) + "}");
        edits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder out = new StringBuilder();
        List<Change> changes = new ArrayList<>();
        int from = 0;
        for (Edit edit : edits) {
            if (edit.start() < from) {
                continue;
            }
            out.append(text, from, edit.start()).append(edit.to());
            changes.add(new Change(at(text, edit.start(), display), text.substring(edit.start(), edit.shownEnd()),
                    edit.to() + text.substring(edit.end(), edit.shownEnd())));
            from = edit.end();
        }
        out.append(text.substring(from));
        return new Result(out.toString(), changes);
    }

    private static void find(Pattern pattern, String text, int body, boolean[] code, Predicate<Matcher> keep,
            List<Edit> edits, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        m.region(body, text.length());
        while (m.find()) {
            if (keep.test(m) && !code[m.start()]) {
                edits.add(new Edit(m.start(), m.end(), replacement.apply(m)));
            }
        }
    }

    /** Where the body starts: after the front matter's closing line, if there is front matter. */
    private static int bodyStart(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        Matcher close = Pattern.compile("(?m)^---[ \\t]*\\r?$").matcher(text);
        if (close.find(3) && close.find()) {
            return close.end();
        }
        return 0;
    }

    /** Which characters are code: fenced blocks and spans of backticks on one line. */
    private static boolean[] code(String text, int from) {
        boolean[] code = new boolean[text.length() + 1];
        CodeFence fence = null;
        int pos = from;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            String line = text.substring(pos, end);
            if (fence != null) {
                java.util.Arrays.fill(code, pos, end, true);
                fence = fence.closedBy(line) ? null : fence;
            } else if ((fence = CodeFence.opening(line)) != null) {
                java.util.Arrays.fill(code, pos, end, true);
            } else {
                spans(line, pos, code);
            }
            pos = end + 1;
        }
        return code;
    }

    private static void spans(String line, int offset, boolean[] code) {
        Matcher span = Pattern.compile("(`+)(?:(?!\\1).)+?\\1").matcher(line);
        while (span.find()) {
            java.util.Arrays.fill(code, offset + span.start(), offset + span.end(), true);
        }
    }

    private static Location at(String text, int index, String display) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(display, line, index - lineStart + 1);
    }
}

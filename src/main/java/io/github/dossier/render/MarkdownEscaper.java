package io.github.dossier.render;

/**
 * Makes a value literal text inside Markdown: a value never becomes markup, a link, HTML or
 * a draft highlight. Over-escaping is harmless, since CommonMark accepts a backslash before any
 * ASCII punctuation.
 */
public final class MarkdownEscaper {

    private static final String ALWAYS = "\\`*_[]<>!|{}~#&";
    private static final String AT_LINE_START = "-+=>";

    private MarkdownEscaper() {
    }

    /** Escapes inline text; line breaks are kept and the new lines cannot start a block. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (ALWAYS.indexOf(c) >= 0 || lineStart && AT_LINE_START.indexOf(c) >= 0
                    || (c == '.' || c == ')') && orderedListMarker(text, i)
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                sb.append('\\');
            }
            sb.append(c);
            lineStart = c == '\n' || lineStart && (c == ' ' || c == '\t');
        }
        return sb.toString();
    }

    /** Whether {@code text[i]} ends a run of digits that starts a line, like {@code 1.}. */
    private static boolean orderedListMarker(String text, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isDigit(text.charAt(j))) {
            j--;
        }
        if (j == i - 1) {
            return false;
        }
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    /** Removes the escapes this class adds, for plain-text uses (anchors, JSON, the HTML title). */
    public static String unescape(String markdown) {
        StringBuilder sb = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
                sb.append(markdown.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /** A code fence long enough that nothing in {@code content} closes it. */
    public static String fenceFor(String content) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(3, longest + 1));
    }
}

package io.github.dossier.problem;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Text from the user's files made safe to print on one line. A build log is read by people and
 * parsed by CI: a line break in a value could forge a log line, a terminal escape could rewrite
 * the screen, and a bidi override or a zero-width character could make a message read
 * differently than it is. Such characters are shown as Java escapes (<code>&#92;u202E</code>), so the
 * message says exactly what the file holds.
 */
public final class Printable {

    private Printable() {
    }

    /**
     * {@code text} with every character that does not print as itself escaped: line breaks and
     * tabs as {@code \n}, {@code \r}, {@code \t}, other control, format (bidi, zero-width) and
     * separator characters as <code>&#92;uXXXX</code> (both halves of a surrogate pair beyond the BMP).
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return "null";
        }
        String s = text.toString();
        if (firstHidden(s, false).isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (!isHidden(c, false)) {
                sb.appendCodePoint(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                for (char unit : Character.toChars(c)) {
                    sb.append(String.format(Locale.ROOT, "\\u%04X", (int) unit));
                }
            }
        });
        return sb.toString();
    }

    /**
     * The index of the first character in {@code text} that hides or changes what a reader sees
     * (control characters other than line breaks and tabs, bidi controls, zero-width and other
     * format characters, line and paragraph separators), for warnings on values.
     */
    public static OptionalInt firstSuspicious(String text) {
        return firstHidden(text, true);
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}: a character named for a message. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
    }

    private static OptionalInt firstHidden(String text, boolean allowLayout) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isHidden(c, allowLayout)) {
                return OptionalInt.of(i);
            }
            i += Character.charCount(c);
        }
        return OptionalInt.empty();
    }

    /** @param allowLayout whether line breaks and tabs count as ordinary (they do in multi-line values) */
    private static boolean isHidden(int c, boolean allowLayout) {
        if (allowLayout && (c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}

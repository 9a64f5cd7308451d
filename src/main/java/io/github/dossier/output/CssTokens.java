package io.github.dossier.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stylesheet into the tokens of CSS Syntax Level 3 (section 4) that decide what a
 * browser may load: strings, {@code url(…)} tokens, functions and at-keywords, with escapes
 * resolved as a browser resolves them ({@code \75 rl(} is {@code url(}) and comments skipped.
 * Everything else is passed over one code point at a time. Errs on the safe side: a number
 * followed by {@code url(} is taken as a function even where a browser would see a dimension.
 */
final class CssTokens {

    /** The kinds of token the stylesheet check looks at; {@code OTHER} is one code point of anything else. */
    enum Type { STRING, URL, BAD_URL, FUNCTION, AT_KEYWORD, IDENT, OPEN, CLOSE, OTHER }

    /**
     * One token.
     *
     * @param value the string's or URL's content, or the name of an ident, function or at-keyword,
     *     escapes resolved
     * @param start where it starts in the text
     * @param end where it ends (exclusive)
     */
    record Token(Type type, String value, int start, int end) {
    }

    private final String css;
    private int at;

    private CssTokens(String css) {
        this.css = css;
    }

    static List<Token> of(String css) {
        return new CssTokens(css).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (at < css.length()) {
            int start = at;
            char c = css.charAt(at);
            if (css.startsWith("/*", at)) {
                int close = css.indexOf("*/", at + 2);
                at = close < 0 ? css.length() : close + 2;
            } else if (c == '"' || c == '\'') {
                tokens.add(new Token(Type.STRING, string(c), start, at));
            } else if (c == '@' && startsIdent(at + 1)) {
                at++;
                tokens.add(new Token(Type.AT_KEYWORD, name(), start, at));
            } else if (startsIdent(at)) {
                tokens.add(identLike(start));
            } else {
                at += Character.charCount(css.codePointAt(at));
                Type type = c == '(' ? Type.OPEN : c == ')' ? Type.CLOSE : Type.OTHER;
                tokens.add(new Token(type, String.valueOf(c), start, at));
            }
        }
        return tokens;
    }

    /** An ident, a function, or a {@code url(…)} token (section 4.3.4). */
    private Token identLike(int start) {
        String name = name();
        if (at >= css.length() || css.charAt(at) != '(') {
            return new Token(Type.IDENT, name, start, at);
        }
        at++;
        if (name.equalsIgnoreCase("url")) {
            int afterSpace = skipSpace(at);
            char next = afterSpace < css.length() ? css.charAt(afterSpace) : ')';
            boolean quoted = next == '"' || next == '\'';
            if (!quoted) {
                at = afterSpace;
                return url(start);
            }
        }
        return new Token(Type.FUNCTION, name, start, at);
    }

    /** An unquoted URL up to its {@code )} (section 4.3.6); a bad one runs to the next {@code )}. */
    private Token url(int start) {
        StringBuilder value = new StringBuilder();
        while (at < css.length()) {
            char c = css.charAt(at);
            if (c == ')') {
                at++;
                return new Token(Type.URL, value.toString(), start, at);
            }
            if (isSpace(c)) {
                int next = skipSpace(at);
                if (next >= css.length() || css.charAt(next) == ')') {
                    at = next;
                    continue;
                }
                return badUrl(start, value);
            }
            if (c == '"' || c == '\'' || c == '(' || c < 0x20 && c != '\t' || c == 0x7F) {
                return badUrl(start, value);
            }
            if (c == '\\' && validEscape(at)) {
                at++;
                value.appendCodePoint(escape());
            } else if (c == '\\') {
                return badUrl(start, value);
            } else {
                value.append(c);
                at++;
            }
        }
        return new Token(Type.URL, value.toString(), start, at);
    }

    private Token badUrl(int start, StringBuilder value) {
        while (at < css.length() && css.charAt(at) != ')') {
            at += css.charAt(at) == '\\' && validEscape(at) ? 2 : 1;
        }
        at = Math.min(css.length(), at + 1);
        return new Token(Type.BAD_URL, value.toString(), start, at);
    }

    /** A quoted string (section 4.3.5); an unescaped line break ends it. */
    private String string(char quote) {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < css.length()) {
            char c = css.charAt(at);
            if (c == quote) {
                at++;
                break;
            }
            if (c == '\n' || c == '\r' || c == '\f') {
                break;
            }
            if (c == '\\' && at + 1 < css.length() && isNewline(css.charAt(at + 1))) {
                at += 2;
            } else if (c == '\\' && at + 1 < css.length()) {
                at++;
                value.appendCodePoint(escape());
            } else {
                value.append(c);
                at++;
            }
        }
        return value.toString();
    }

    /** A name of ident code points and escapes (section 4.3.12). */
    private String name() {
        StringBuilder name = new StringBuilder();
        while (at < css.length()) {
            int c = css.codePointAt(at);
            if (isNameCodePoint(c)) {
                name.appendCodePoint(c);
                at += Character.charCount(c);
            } else if (c == '\\' && validEscape(at)) {
                at++;
                name.appendCodePoint(escape());
            } else {
                break;
            }
        }
        return name.toString();
    }

    /** After a backslash: up to six hex digits and one optional space, or one code point (section 4.3.7). */
    private int escape() {
        int hexEnd = at;
        while (hexEnd < css.length() && hexEnd - at < 6 && Character.digit(css.charAt(hexEnd), 16) >= 0) {
            hexEnd++;
        }
        if (hexEnd > at) {
            int value = Integer.parseInt(css.substring(at, hexEnd), 16);
            at = hexEnd;
            if (at < css.length() && isSpace(css.charAt(at))) {
                at += css.startsWith("\r\n", at) ? 2 : 1;
            }
            return value == 0 || value > Character.MAX_CODE_POINT || value >= 0xD800 && value <= 0xDFFF ? 0xFFFD
                    : value;
        }
        if (at >= css.length()) {
            return 0xFFFD;
        }
        int c = css.codePointAt(at);
        at += Character.charCount(c);
        return c;
    }

    private boolean startsIdent(int i) {
        if (i >= css.length()) {
            return false;
        }
        char c = css.charAt(i);
        if (c == '-') {
            return i + 1 < css.length() && (isNameStart(css.codePointAt(i + 1)) || css.charAt(i + 1) == '-'
                    || validEscape(i + 1));
        }
        return isNameStart(css.codePointAt(i)) || c == '\\' && validEscape(i);
    }

    private boolean validEscape(int i) {
        return i + 1 < css.length() && css.charAt(i) == '\\' && !isNewline(css.charAt(i + 1));
    }

    private int skipSpace(int i) {
        while (i < css.length() && isSpace(css.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isNameCodePoint(int c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || isNewline(c);
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r' || c == '\f';
    }
}

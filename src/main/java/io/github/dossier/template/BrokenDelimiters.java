package io.github.dossier.template;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Delimiters that almost make a highlight ({@code {=x=}}, {@code {==x=}}, {@code {==x==)}): the
 * check reports them and {@code dossier:migrate} rewrites them, so both read them alike.
 */
public final class BrokenDelimiters {

    /** {@code {=} not followed by {@code =}, {@code =}} not preceded by {@code =}, {@code ==)}, {@code (==}. */
    public static final Pattern PATTERN = Pattern.compile("\\{=(?!=)|(?<!=)=\\}|==\\)|\\(==");

    private final String text;
    private int next;
    private int lineStart;
    private int lastOpener = -1;
    private int lastCloser = -1;

    private BrokenDelimiters(String text) {
        this.text = text;
    }

    /** A reader of {@link #PATTERN}'s matches in {@code text}, asked in the order they are found. */
    public static BrokenDelimiters in(String text) {
        return new BrokenDelimiters(text);
    }

    /**
     * Whether a match is a broken delimiter: {@code ==)} only closes a {@code {==} opened earlier
     * on its line and still open; elsewhere it is, say, the padding of a base64 URL in parentheses.
     * Matches must come in increasing order: the text before each is read once, so a long text
     * full of {@code ==)} stays linear.
     */
    public boolean isBroken(MatchResult match) {
        int at = match.start();
        for (; next <= at; next++) {
            if (text.charAt(next) == '\n') {
                lineStart = next + 1;
            } else if (text.startsWith("{==", next)) {
                lastOpener = next;
            } else if (text.startsWith("==}", next)) {
                lastCloser = next;
            }
        }
        return !match.group().equals("==)") || lastOpener >= lineStart && lastCloser < lastOpener;
    }
}

package io.github.dossier.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delimiters that almost make a highlight ({@code {=x=}}, {@code {==x=}}, {@code {==x==)}): the
 * check reports them and {@code dossier:migrate} rewrites them, so both read them alike.
 */
public final class BrokenDelimiters {

    /** {@code {=} not followed by {@code =}, {@code =}} not preceded by {@code =}, {@code ==)}, {@code (==}. */
    public static final Pattern PATTERN = Pattern.compile("\\{=(?!=)|(?<!=)=\\}|==\\)|\\(==");

    private BrokenDelimiters() {
    }

    /**
     * Whether a match is a broken delimiter: {@code ==)} only closes a {@code {==} opened earlier
     * on its line and still open; elsewhere it is, say, the padding of a base64 URL in parentheses.
     */
    public static boolean isBroken(String text, Matcher match) {
        if (!match.group().equals("==)")) {
            return true;
        }
        int at = match.start();
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int opener = text.lastIndexOf("{==", at);
        return opener >= lineStart && text.lastIndexOf("==}", at) < opener;
    }
}

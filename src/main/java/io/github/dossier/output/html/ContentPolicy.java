package io.github.dossier.output.html;

/**
 * The Content-Security-Policy of {@code report.html}: the page runs no script and loads nothing
 * over any network or from any file; its images and fonts are {@code data:} URIs and its styles
 * are inline. If anything ever slipped past the checks of the stylesheet and the values, a browser
 * would still refuse to fetch it. A meta tag, since the page is opened as a file.
 */
public final class ContentPolicy {

    /** The policy itself. {@code frame-ancestors} and reporting are not allowed in a meta tag. */
    static final String POLICY = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline';"
            + " base-uri 'none'; form-action 'none'";

    /** The tag, first in the head, before any style it governs. */
    public static final String META = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\" />\n";

    private ContentPolicy() {
    }
}

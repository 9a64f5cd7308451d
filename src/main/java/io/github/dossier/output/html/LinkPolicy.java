package io.github.dossier.output.html;

import java.util.List;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link targets the HTML page and the PDF keep: web and mail addresses, anchors in the
 * report and relative links. commonmark-java's default also lets {@code data:} through, and a
 * {@code data:text/html} link in a client's report opens a page of the attacker's making; it
 * goes, like {@code javascript:}, and the link text stays as text.
 */
final class LinkPolicy {

    /** The sanitizer for the HTML renderer: only these schemes survive. */
    static final UrlSanitizer SCHEMES = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

    private LinkPolicy() {
    }
}

package io.github.dossier.output;

/**
 * The user's additions to the page's look.
 *
 * @param css the user's stylesheet, applied after the built-in one, or empty
 * @param logo the logo as a data URI, or empty
 */
record Branding(String css, String logo) {

    static final Branding NONE = new Branding("", "");
}

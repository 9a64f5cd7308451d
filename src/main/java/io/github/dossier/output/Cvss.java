package io.github.dossier.output;

/**
 * A finding's CVSS value split for display: a score ({@code 9.8}) or a vector
 * ({@code CVSS:3.1/AV:N/…}); {@code N/A} counts as a score. Either part may be empty.
 */
record Cvss(String score, String vector) {

    static Cvss of(String value) {
        String v = value.strip();
        return v.startsWith("CVSS:") ? new Cvss("", v) : new Cvss(v, "");
    }
}

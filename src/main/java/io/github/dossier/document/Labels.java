package io.github.dossier.document;

import io.github.dossier.report.RenderedFinding;
import io.github.dossier.risk.CvssScore;
import java.util.Locale;

/** The words the document shows for values written as data: types, markings, CVSS, plurals. */
final class Labels {

    private Labels() {
    }

    /**
     * A value written in lower case as a word: {@code internal} becomes {@code Internal},
     * {@code web-application} becomes {@code Web application}; anything with a capital stays as written.
     */
    static String word(String value) {
        String v = value.strip();
        if (v.isEmpty() || !v.equals(v.toLowerCase(Locale.ROOT))) {
            return v;
        }
        String spaced = v.replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A status slug as words: {@code partially-fixed} becomes {@code Partially fixed}. */
    static String status(String slug) {
        return word(slug.replace('-', ' '));
    }

    /** {@code 1 system}, {@code 2 systems}. */
    static String plural(String singular, int count) {
        return count == 1 ? singular : singular + "s";
    }

    /** The score with its severity ({@code 9.8 Critical}), else the value as written unless it is a vector. */
    static String cvssScore(RenderedFinding f) {
        if (f.parsedCvss().isPresent()) {
            CvssScore cvss = f.parsedCvss().get();
            return cvss.formattedScore() + " " + cvss.severity().label();
        }
        String written = f.cvss().strip();
        return written.startsWith("CVSS:") ? "" : written;
    }

    /** The vector, or empty when a plain score is given. */
    static String cvssVector(RenderedFinding f) {
        if (f.parsedCvss().isPresent()) {
            CvssScore cvss = f.parsedCvss().get();
            return cvss.hasVector() ? cvss.vector() : "";
        }
        String written = f.cvss().strip();
        return written.startsWith("CVSS:") ? written : "";
    }
}

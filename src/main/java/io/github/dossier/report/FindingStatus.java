package io.github.dossier.report;

import java.util.Locale;

/** Where a finding stands: open, or after a retest fixed, partially fixed, accepted or not retested. */
public enum FindingStatus {
    OPEN, FIXED, ACCEPTED, PARTIALLY_FIXED, NOT_RETESTED;

    /** {@code Partially fixed}. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code partially-fixed}, for JSON and CSS. */
    public String slug() {
        return name().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}

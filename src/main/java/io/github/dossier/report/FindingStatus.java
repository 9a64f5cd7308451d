package io.github.dossier.report;

import java.util.Locale;

/** Where a finding stands: open, fixed or accepted (retest reports). */
public enum FindingStatus {
    OPEN, FIXED, ACCEPTED;

    /** {@code Open}. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** {@code open}, for JSON and CSS. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}

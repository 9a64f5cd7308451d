package io.github.dossier.engagement;

import java.util.Locale;

/** Where a finding stands; {@code fixed} and {@code accepted} matter for retest reports. */
public enum Status {
    OPEN, FIXED, ACCEPTED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}

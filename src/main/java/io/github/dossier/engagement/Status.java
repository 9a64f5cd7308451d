package io.github.dossier.engagement;

import java.util.Locale;

/**
 * Where a finding stands; all but {@code open} matter for retest reports. Written {@code open},
 * {@code fixed}, {@code partially fixed}, {@code accepted} or {@code not retested} (a hyphen or an
 * underscore may stand for the space).
 */
public enum Status {
    OPEN, FIXED, ACCEPTED, PARTIALLY_FIXED, NOT_RETESTED;

    /** {@code Partially fixed}. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code partially-fixed}. */
    public String slug() {
        return name().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** The status as the descriptor may write it, or empty. */
    public static java.util.Optional<Status> parse(String written) {
        String name = written.strip().replaceAll("[\\s_-]+", "_").toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}

package io.github.dossier.risk;

import java.util.Locale;
import java.util.Optional;

/**
 * An impact or likelihood level as templates write it ({@code #### Impact: Medium}). {@code N/A}
 * appears in a few helper templates and yields no risk.
 */
public enum Level {
    LOW("Low", 2), MEDIUM("Medium", 3), HIGH("High", 4), NOT_APPLICABLE("N/A", 0);

    private final String label;
    private final int weight;

    Level(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** The word as written in headings and reports. */
    public String label() {
        return label;
    }

    /** Low=2, Medium=3, High=4 (the model of SPEC §3); 0 for N/A. */
    public int weight() {
        return weight;
    }

    /** Parses a level case-insensitively ({@code high}, {@code N/A}); empty when not a level. */
    public static Optional<Level> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Level level : values()) {
            if (level.label.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}

package io.github.dossier.risk;

import java.util.Locale;
import java.util.Optional;

/** The overall risk of a finding, from Informational (1) to Critical (5); N/A sorts last. */
public enum Risk {
    CRITICAL("Critical", 5), HIGH("High", 4), MEDIUM("Medium", 3), LOW("Low", 2),
    INFORMATIONAL("Informational", 1), NOT_APPLICABLE("N/A", 0);

    private final String label;
    private final int rank;

    Risk(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    public String label() {
        return label;
    }

    /** 5 for Critical down to 1 for Informational, 0 for N/A: higher is worse. */
    public int rank() {
        return rank;
    }

    /** The risk of a given rank (1–5), as the default matrix computes it. */
    public static Risk ofRank(int rank) {
        for (Risk risk : values()) {
            if (risk.rank == rank) {
                return risk;
            }
        }
        throw new IllegalArgumentException("no risk of rank " + rank + "; ranks run from 0 to 5");
    }

    /** Parses a risk name case-insensitively ({@code critical}, {@code Info}); empty when unknown. */
    public static Optional<Risk> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("info")) {
            return Optional.of(INFORMATIONAL);
        }
        for (Risk risk : values()) {
            if (risk.label.toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(risk);
            }
        }
        return Optional.empty();
    }

    /** Lower-case name for CSS classes and JSON. */
    public String slug() {
        return this == NOT_APPLICABLE ? "na" : label.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}

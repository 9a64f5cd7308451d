package io.github.dossier.risk;

import java.util.Locale;

/**
 * FIRST's qualitative severity rating of a CVSS score, the same scale in v3.x and v4.0:
 * None 0.0, Low 0.1–3.9, Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0.
 */
public enum CvssSeverity {
    NONE("None"), LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

    private final String label;

    CvssSeverity(String label) {
        this.label = label;
    }

    /** The rating as reports print it ({@code High}). */
    public String label() {
        return label;
    }

    /**
     * The rating of a score.
     *
     * @throws IllegalArgumentException when the score is outside 0–10
     */
    public static CvssSeverity of(double score) {
        if (!(score >= 0.0 && score <= 10.0)) {
            throw new IllegalArgumentException("a CVSS score runs from 0.0 to 10.0, not " + score);
        }
        // compare in tenths so that 3.9000000001 from a computation still rates Low
        long tenths = Math.round(score * 10);
        if (tenths == 0) {
            return NONE;
        }
        if (tenths < 40) {
            return LOW;
        }
        if (tenths < 70) {
            return MEDIUM;
        }
        return tenths < 90 ? HIGH : CRITICAL;
    }

    /** Lower-case name for CSS classes. */
    public String slug() {
        return label.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}

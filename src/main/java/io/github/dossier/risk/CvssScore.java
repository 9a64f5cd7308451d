package io.github.dossier.risk;

import java.util.Objects;

/**
 * A finding's CVSS, parsed and scored: either a vector (v3.0, v3.1 or v4.0) with the scores FIRST's
 * equations give it, or a plain score written without a vector.
 *
 * <p>{@link #score()} is the one number to report and sort by: for v3.x the environmental score
 * when the vector has environmental metrics, else the temporal score when it has temporal metrics,
 * else the base score; for v4.0 the single score FIRST defines, named by {@link #scoreType()}
 * (CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE after the metric groups present).
 *
 * @param version {@code 3.0}, {@code 3.1} or {@code 4.0}; null for a plain score
 * @param vector the vector as written (trimmed); null for a plain score
 * @param score the score to report, 0.0–10.0 with one decimal
 * @param baseScore the base score (v4.0: CVSS-B, from the base metrics alone); the score itself for a
 *     plain score
 * @param scoreType {@code base}, {@code temporal} or {@code environmental} for v3.x;
 *     {@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE} or {@code CVSS-BTE} for v4.0; {@code given} for
 *     a plain score
 * @param severity the qualitative rating of {@link #score()}
 */
public record CvssScore(String version, String vector, double score, double baseScore, String scoreType,
        CvssSeverity severity) {

    public CvssScore {
        if ((version == null) != (vector == null)) {
            throw new IllegalArgumentException("a CVSS vector needs its version, and a plain score has neither");
        }
        score = tenths(score);
        baseScore = tenths(baseScore);
        Objects.requireNonNull(scoreType, "scoreType");
        Objects.requireNonNull(severity, "severity");
    }

    /** A score written without a vector ({@code 5.3}). */
    public static CvssScore plain(double score) {
        return new CvssScore(null, null, score, score, "given", CvssSeverity.of(score));
    }

    /** A scored vector; the severity follows from {@code score}. */
    public static CvssScore ofVector(String version, String vector, double score, double baseScore,
            String scoreType) {
        return new CvssScore(Objects.requireNonNull(version, "version"), Objects.requireNonNull(vector, "vector"),
                score, baseScore, scoreType, CvssSeverity.of(score));
    }

    /** Whether this came from a vector rather than a plain score. */
    public boolean hasVector() {
        return vector != null;
    }

    /** The score as reports print it: one decimal ({@code 9.8}, {@code 10.0}). */
    public String formattedScore() {
        return String.format(java.util.Locale.ROOT, "%.1f", score);
    }

    /** Rounds to one decimal, so that equal scores compare equal whatever arithmetic produced them. */
    private static double tenths(double value) {
        if (!(value >= 0.0 && value <= 10.0)) {
            throw new IllegalArgumentException("a CVSS score runs from 0.0 to 10.0, not " + value);
        }
        return Math.round(value * 10) / 10.0;
    }
}

package io.github.dossier.risk.cvss;

import io.github.dossier.risk.CvssScore;
import us.springett.cvss.Cvss;
import us.springett.cvss.Score;

/**
 * Scores checked vectors with {@code us.springett:cvss-calculator}, which implements FIRST's v3.1
 * equations (with the v3.1 Roundup) and the v4.0 macro-vector lookup and interpolation.
 *
 * <p>Vectors reach the library in canonical form, after {@link CvssVectorParser} has checked them,
 * because the library is lenient: it lets a repeated metric overwrite the first, for one.
 * Version 3.0 vectors are scored with the v3.1 equations: FIRST changed only the Roundup function
 * (removing floating-point artefacts) and the environmental modified impact for a changed scope, so
 * a few 3.0 temporal and environmental scores come out 0.1 different from a 3.0 calculator.
 */
public final class CvssCalculator {

    private CvssCalculator() {
    }

    /** The scores of a checked vector. */
    public static CvssScore score(CvssVector vector) {
        return vector.version().isV3() ? scoreV3(vector) : scoreV4(vector);
    }

    private static CvssScore scoreV3(CvssVector vector) {
        Score score = calculate(vector.canonical(CvssVersion.V3_1));
        boolean temporal = vector.defines(Metric.Group.TEMPORAL);
        boolean environmental = vector.defines(Metric.Group.ENVIRONMENTAL);
        // the environmental equations also run without environmental metrics, and then differ from the
        // base score for a changed scope; a score is only reported for the groups the writer scored
        double reported = environmental ? score.getEnvironmentalScore()
                : temporal ? score.getTemporalScore() : score.getBaseScore();
        String type = environmental ? "environmental" : temporal ? "temporal" : "base";
        return CvssScore.ofVector(vector.version().number(), vector.text(), reported, score.getBaseScore(), type);
    }

    private static CvssScore scoreV4(CvssVector vector) {
        // CVSS v4.0 has one score, named after the metric groups it takes into account
        double reported = calculate(vector.canonical(CvssVersion.V4_0)).getBaseScore();
        double base = calculate(vector.baseOnly()).getBaseScore();
        boolean threat = vector.defines(Metric.Group.THREAT);
        boolean environmental = vector.defines(Metric.Group.ENVIRONMENTAL);
        String type = "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
        return CvssScore.ofVector(vector.version().number(), vector.text(), reported, base, type);
    }

    private static Score calculate(String canonical) {
        try {
            return Cvss.fromVector(canonical).calculateScore();
        } catch (RuntimeException e) {
            // the parser has checked the vector against the same metric tables: this is our fault
            throw new IllegalStateException("the CVSS library rejected a checked vector " + canonical, e);
        }
    }
}

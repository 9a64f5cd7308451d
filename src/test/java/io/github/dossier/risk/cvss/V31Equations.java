package io.github.dossier.risk.cvss;

import java.util.Map;

/**
 * The CVSS v3.1 equations written out independently of the library under test, from the
 * specification's section 7 and appendix A (Roundup), so that the property test can compare the
 * two on vectors FIRST never published: temporal and environmental scores above all.
 */
final class V31Equations {

    private static final Map<String, Double> AV = Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2);
    private static final Map<String, Double> AC = Map.of("L", 0.77, "H", 0.44);
    private static final Map<String, Double> UI = Map.of("N", 0.85, "R", 0.62);
    private static final Map<String, Double> CIA = Map.of("H", 0.56, "L", 0.22, "N", 0.0);
    private static final Map<String, Double> E = Map.of("X", 1.0, "H", 1.0, "F", 0.97, "P", 0.94, "U", 0.91);
    private static final Map<String, Double> RL = Map.of("X", 1.0, "U", 1.0, "W", 0.97, "T", 0.96, "O", 0.95);
    private static final Map<String, Double> RC = Map.of("X", 1.0, "C", 1.0, "R", 0.96, "U", 0.92);
    private static final Map<String, Double> REQ = Map.of("X", 1.0, "H", 1.5, "M", 1.0, "L", 0.5);

    private V31Equations() {
    }

    /** Base, temporal and environmental scores. */
    record Scores(double base, double temporal, double environmental) {
    }

    static Scores scores(CvssVector v) {
        boolean changed = v.value("S").equals("C");
        double iss = 1 - (1 - CIA.get(v.value("C"))) * (1 - CIA.get(v.value("I"))) * (1 - CIA.get(v.value("A")));
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * AV.get(v.value("AV")) * AC.get(v.value("AC"))
                * pr(v.value("PR"), changed) * UI.get(v.value("UI"));
        double base = impact <= 0 ? 0 : roundup(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
        double threat = E.get(v.value("E")) * RL.get(v.value("RL")) * RC.get(v.value("RC"));
        double temporal = roundup(base * threat);
        return new Scores(base, temporal, environmental(v, threat));
    }

    private static double environmental(CvssVector v, double threat) {
        boolean changed = modified(v, "S").equals("C");
        double miss = Math.min(1 - (1 - REQ.get(v.value("CR")) * CIA.get(modified(v, "C")))
                * (1 - REQ.get(v.value("IR")) * CIA.get(modified(v, "I")))
                * (1 - REQ.get(v.value("AR")) * CIA.get(modified(v, "A"))), 0.915);
        double impact = changed ? 7.52 * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13) : 6.42 * miss;
        double exploitability = 8.22 * AV.get(modified(v, "AV")) * AC.get(modified(v, "AC"))
                * pr(modified(v, "PR"), changed) * UI.get(modified(v, "UI"));
        if (impact <= 0) {
            return 0;
        }
        return roundup(roundup(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10)) * threat);
    }

    /** A modified metric, falling back to its base metric when Not Defined. */
    private static String modified(CvssVector v, String base) {
        String value = v.value("M" + base);
        return value.equals("X") ? v.value(base) : value;
    }

    private static double pr(String value, boolean changed) {
        return switch (value) {
            case "N" -> 0.85;
            case "L" -> changed ? 0.68 : 0.62;
            default -> changed ? 0.5 : 0.27;
        };
    }

    /** Appendix A: the smallest one-decimal number not below the input, free of floating-point noise. */
    static double roundup(double input) {
        long scaled = Math.round(input * 100_000);
        return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.floor(scaled / 10_000.0) + 1) / 10.0;
    }
}

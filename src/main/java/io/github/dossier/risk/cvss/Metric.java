package io.github.dossier.risk.cvss;

import java.util.List;

/**
 * One metric of a CVSS version: its abbreviation, the values it takes in the specification's order,
 * and its group. Mandatory metrics are exactly the base metrics; the others also take {@code X}
 * (Not Defined), listed first among their values.
 *
 * @param key the abbreviation as vectors write it ({@code AV})
 * @param values the allowed values ({@code N, A, L, P})
 * @param group the metric group
 */
public record Metric(String key, List<String> values, Group group) {

    /** The metric groups of v3.x (temporal) and v4.0 (threat, supplemental). */
    public enum Group {
        BASE, TEMPORAL, THREAT, ENVIRONMENTAL, SUPPLEMENTAL
    }

    public Metric {
        values = List.copyOf(values);
    }

    /** Whether every vector must carry this metric. */
    public boolean mandatory() {
        return group == Group.BASE;
    }

    /** {@code N, A, L or P}: the allowed values for a message. */
    public String expected() {
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}

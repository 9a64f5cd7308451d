package io.github.dossier.risk.cvss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A checked CVSS vector: its version and metric values. Build one with {@link CvssVectorParser}.
 *
 * @param version the version its prefix declares
 * @param metrics metric values by abbreviation, in written order (Not Defined {@code X} included as
 *     written)
 * @param text the vector as written, trimmed
 */
public record CvssVector(CvssVersion version, Map<String, String> metrics, String text) {

    public CvssVector {
        Objects.requireNonNull(version, "version");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Objects.requireNonNull(text, "text");
    }

    /** A metric's value; {@code X} (Not Defined) when the vector leaves it out. */
    public String value(String key) {
        return metrics.getOrDefault(key, "X");
    }

    /** Whether any metric of the group has a value other than Not Defined. */
    public boolean defines(Metric.Group group) {
        return metrics.entrySet().stream().anyMatch(e -> !e.getValue().equals("X")
                && MetricTable.metric(version, e.getKey()).map(m -> m.group() == group).orElse(false));
    }

    /**
     * The vector in specification order, without Not Defined metrics, under the given version's
     * prefix (v3.0 vectors are scored as v3.1).
     */
    public String canonical(CvssVersion as) {
        return join(as, false);
    }

    /** The base metrics alone, in specification order: what CVSS-B scores. */
    public String baseOnly() {
        return join(version, true);
    }

    private String join(CvssVersion as, boolean baseOnly) {
        StringJoiner joiner = new StringJoiner("/");
        joiner.add(as.prefix());
        for (Metric metric : MetricTable.of(version).values()) {
            String value = value(metric.key());
            if (!value.equals("X") && (!baseOnly || metric.mandatory())) {
                joiner.add(metric.key() + ":" + value);
            }
        }
        return joiner.toString();
    }
}

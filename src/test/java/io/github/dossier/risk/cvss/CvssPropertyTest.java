package io.github.dossier.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.risk.CvssScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over random valid vectors: scores stay in range with one decimal; v3.1 agrees with the
 * specification's equations written out independently and is monotonic in each base metric; v4.0
 * (whose scores come from a lookup table, so only what its specification guarantees is asserted)
 * scores 0.0 whenever nothing is impacted.
 */
class CvssPropertyTest {

    /** v3.1 base metric values from least to most severe: the equations' weights rise in this order. */
    private static final Map<String, List<String>> V31_SEVERITY_ORDER = Map.of(
            "AV", List.of("P", "L", "A", "N"), "AC", List.of("H", "L"), "PR", List.of("H", "L", "N"),
            "UI", List.of("R", "N"), "C", List.of("N", "L", "H"), "I", List.of("N", "L", "H"),
            "A", List.of("N", "L", "H"));

    @Property
    void v31ScoresAreInRangeAndMatchTheEquations(@ForAll("v31Vectors") String text) {
        CvssScore score = CvssReader.read(text).orElseThrow();
        assertOneDecimalInRange(score);
        V31Equations.Scores expected = V31Equations.scores(CvssVectorParser.parse(text));
        assertThat(score.baseScore()).as("base").isEqualTo(expected.base());
        double reported = switch (score.scoreType()) {
            case "environmental" -> expected.environmental();
            case "temporal" -> expected.temporal();
            default -> expected.base();
        };
        assertThat(score.score()).as(score.scoreType()).isEqualTo(reported);
    }

    @Property
    void v31BaseScoreNeverFallsWhenABaseMetricGetsWorse(@ForAll("v31BaseVectors") String text,
            @ForAll("v31OrderedMetrics") String metric) {
        List<String> order = V31_SEVERITY_ORDER.get(metric);
        double previous = -1;
        for (String value : order) {
            double score = CvssReader.read(text.replaceFirst("/" + metric + ":[A-Z]", "/" + metric + ":" + value))
                    .orElseThrow().baseScore();
            assertThat(score).as(metric + ":" + value + " in " + text).isGreaterThanOrEqualTo(previous);
            previous = score;
        }
    }

    @Property
    void v40ScoresAreInRange(@ForAll("v40Vectors") String text) {
        CvssScore score = CvssReader.read(text).orElseThrow();
        assertOneDecimalInRange(score);
        assertThat(score.baseScore()).isBetween(0.0, 10.0);
    }

    @Property
    void v40ScoresZeroWhenNothingIsImpacted(@ForAll("v40VectorsWithoutImpact") String text) {
        CvssScore score = CvssReader.read(text).orElseThrow();
        assertThat(score.score()).as(text).isEqualTo(0.0);
        assertThat(score.baseScore()).isEqualTo(0.0);
    }

    @Provide
    Arbitrary<String> v31Vectors() {
        return vectors(CvssVersion.V3_1, Map.of(), true);
    }

    @Provide
    Arbitrary<String> v31BaseVectors() {
        return vectors(CvssVersion.V3_1, Map.of(), false);
    }

    @Provide
    Arbitrary<String> v31OrderedMetrics() {
        return Arbitraries.of(List.copyOf(V31_SEVERITY_ORDER.keySet()));
    }

    @Provide
    Arbitrary<String> v40Vectors() {
        return vectors(CvssVersion.V4_0, Map.of(), true);
    }

    /** All six impacts None, and no environmental metric that could raise them again. */
    @Provide
    Arbitrary<String> v40VectorsWithoutImpact() {
        Map<String, String> fixed = new LinkedHashMap<>();
        for (String impact : List.of("VC", "VI", "VA", "SC", "SI", "SA")) {
            fixed.put(impact, "N");
        }
        MetricTable.of(CvssVersion.V4_0).values().stream().filter(m -> m.group() == Metric.Group.ENVIRONMENTAL)
                .forEach(m -> fixed.put(m.key(), null));
        return vectors(CvssVersion.V4_0, fixed, true);
    }

    /**
     * Random valid vectors: every base metric, each optional metric left out or given any value
     * (Not Defined included). {@code fixed} pins metrics to a value, or leaves them out when null.
     */
    private static Arbitrary<String> vectors(CvssVersion version, Map<String, String> fixed, boolean optional) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        for (Metric metric : MetricTable.of(version).values()) {
            if (fixed.containsKey(metric.key())) {
                String value = fixed.get(metric.key());
                parts.add(Arbitraries.just(value == null ? "" : metric.key() + ":" + value));
            } else if (metric.mandatory()) {
                parts.add(Arbitraries.of(metric.values()).map(v -> metric.key() + ":" + v));
            } else if (optional) {
                parts.add(Arbitraries.of(metric.values()).map(v -> metric.key() + ":" + v).injectNull(0.5)
                        .map(p -> p == null ? "" : p));
            }
        }
        return Combinators.combine(parts).as(list -> {
            StringJoiner joiner = new StringJoiner("/");
            joiner.add(version.prefix());
            list.stream().filter(p -> !p.isEmpty()).forEach(joiner::add);
            return joiner.toString();
        });
    }

    private static void assertOneDecimalInRange(CvssScore score) {
        assertThat(score.score()).isBetween(0.0, 10.0);
        assertThat(score.score() * 10).isEqualTo(Math.rint(score.score() * 10));
    }
}

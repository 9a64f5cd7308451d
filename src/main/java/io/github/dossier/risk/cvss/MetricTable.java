package io.github.dossier.risk.cvss;

import io.github.dossier.risk.cvss.Metric.Group;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics of each CVSS version, in the order FIRST's specifications list them (which is also
 * the order of a canonical vector string).
 */
public final class MetricTable {

    private static final Map<String, Metric> V3 = table(
            base("AV", "N A L P"), base("AC", "L H"), base("PR", "N L H"), base("UI", "N R"), base("S", "U C"),
            base("C", "H L N"), base("I", "H L N"), base("A", "H L N"),
            optional(Group.TEMPORAL, "E", "H F P U"), optional(Group.TEMPORAL, "RL", "U W T O"),
            optional(Group.TEMPORAL, "RC", "C R U"),
            env("CR", "H M L"), env("IR", "H M L"), env("AR", "H M L"), env("MAV", "N A L P"), env("MAC", "L H"),
            env("MPR", "N L H"), env("MUI", "N R"), env("MS", "U C"), env("MC", "H L N"), env("MI", "H L N"),
            env("MA", "H L N"));

    private static final Map<String, Metric> V4 = table(
            base("AV", "N A L P"), base("AC", "L H"), base("AT", "N P"), base("PR", "N L H"), base("UI", "N P A"),
            base("VC", "H L N"), base("VI", "H L N"), base("VA", "H L N"),
            base("SC", "H L N"), base("SI", "H L N"), base("SA", "H L N"),
            optional(Group.THREAT, "E", "A P U"),
            env("CR", "H M L"), env("IR", "H M L"), env("AR", "H M L"), env("MAV", "N A L P"), env("MAC", "L H"),
            env("MAT", "N P"), env("MPR", "N L H"), env("MUI", "N P A"), env("MVC", "H L N"), env("MVI", "H L N"),
            env("MVA", "H L N"), env("MSC", "H L N"), env("MSI", "S H L N"), env("MSA", "S H L N"),
            optional(Group.SUPPLEMENTAL, "S", "N P"), optional(Group.SUPPLEMENTAL, "AU", "N Y"),
            optional(Group.SUPPLEMENTAL, "R", "A U I"), optional(Group.SUPPLEMENTAL, "V", "D C"),
            optional(Group.SUPPLEMENTAL, "RE", "L M H"),
            optional(Group.SUPPLEMENTAL, "U", "Clear Green Amber Red"));

    private MetricTable() {
    }

    /** Every metric of a version, in specification order, by abbreviation. */
    public static Map<String, Metric> of(CvssVersion version) {
        return version.isV3() ? V3 : V4;
    }

    /** One metric of a version. */
    public static Optional<Metric> metric(CvssVersion version, String key) {
        return Optional.ofNullable(of(version).get(key));
    }

    /** The mandatory (base) metrics of a version, in order. */
    public static List<String> mandatory(CvssVersion version) {
        return of(version).values().stream().filter(Metric::mandatory).map(Metric::key).toList();
    }

    private static Metric base(String key, String values) {
        return new Metric(key, Arrays.asList(values.split(" ")), Group.BASE);
    }

    private static Metric env(String key, String values) {
        return optional(Group.ENVIRONMENTAL, key, values);
    }

    /** Optional metrics also take X, Not Defined, which the specifications list first. */
    private static Metric optional(Group group, String key, String values) {
        return new Metric(key, Arrays.asList(("X " + values).split(" ")), group);
    }

    private static Map<String, Metric> table(Metric... metrics) {
        Map<String, Metric> table = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            table.put(metric.key(), metric);
        }
        return Collections.unmodifiableMap(table);
    }
}

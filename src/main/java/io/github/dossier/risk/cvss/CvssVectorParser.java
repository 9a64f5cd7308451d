package io.github.dossier.risk.cvss;

import io.github.dossier.problem.Suggestions;
import io.github.dossier.risk.cvss.CvssFormatException.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a vector string ({@code CVSS:3.1/AV:N/AC:L/…}) and checks it against its version's metric
 * table: every metric known, each given once, each value one the metric takes, every base metric
 * present. Metrics may come in any order: FIRST's v3.1 specification allows it, and v4.0 tools
 * disagree on it, so rejecting a reordered vector would only punish vectors copied from them.
 */
public final class CvssVectorParser {

    private CvssVectorParser() {
    }

    /**
     * Parses and checks a vector.
     *
     * @throws CvssFormatException listing every fault, each naming its metric
     */
    public static CvssVector parse(String text) {
        String vector = text.strip();
        String[] parts = vector.split("/", -1);
        Optional<CvssVersion> version = CvssVersion.ofPrefix(parts[0]);
        if (version.isEmpty()) {
            throw new CvssFormatException(List.of(new Fault("'" + parts[0] + "' is not a CVSS version Dossier reads",
                    "start the vector with CVSS:3.1/ or CVSS:4.0/ (CVSS:3.0/ is read as version 3.x)")));
        }
        Map<String, String> metrics = new LinkedHashMap<>();
        List<Fault> faults = check(version.get(), parts, metrics);
        if (!faults.isEmpty()) {
            throw new CvssFormatException(otherVersion(version.get(), parts).orElse(faults));
        }
        return new CvssVector(version.get(), metrics, vector);
    }

    /** Every fault of the metrics {@code parts[1..]} read as {@code version}; fills {@code metrics}. */
    private static List<Fault> check(CvssVersion version, String[] parts, Map<String, String> metrics) {
        List<Fault> faults = new ArrayList<>();
        String name = "CVSS " + version.number();
        for (int i = 1; i < parts.length; i++) {
            metric(version, name, parts[i], metrics, faults);
        }
        List<String> missing = MetricTable.mandatory(version).stream().filter(k -> !metrics.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            faults.add(new Fault("the " + name + " vector lacks the mandatory metric" + (missing.size() == 1 ? " " : "s ")
                    + and(missing), "a " + name + " vector needs " + and(MetricTable.mandatory(version))));
        }
        return faults;
    }

    /**
     * One fault naming the right version when the metrics are a valid vector of the other one: a v4.0
     * vector under a {@code CVSS:3.1/} prefix would otherwise give a "did you mean" for every metric.
     */
    private static Optional<List<Fault>> otherVersion(CvssVersion declared, String[] parts) {
        CvssVersion other = declared.isV3() ? CvssVersion.V4_0 : CvssVersion.V3_1;
        if (parts.length < 2 || !check(other, parts, new LinkedHashMap<>()).isEmpty()) {
            return Optional.empty();
        }
        String metrics = String.join("/", java.util.Arrays.copyOfRange(parts, 1, parts.length));
        return Optional.of(List.of(new Fault("this is a CVSS " + other.number() + " vector, not " + declared.number()
                + ": its metrics are those of CVSS " + other.number(), "start it with " + other.prefix() + "/: "
                + other.prefix() + "/" + metrics)));
    }

    /**
     * The version whose metrics a vector written without its {@code CVSS:x.y/} prefix has, if it is a
     * valid vector of exactly one version ({@code AV:N/AC:L/AT:N/…} is CVSS 4.0).
     */
    public static Optional<CvssVersion> versionOf(String metricsWithoutPrefix) {
        String[] parts = ("/" + metricsWithoutPrefix.strip()).split("/", -1);
        boolean v3 = check(CvssVersion.V3_1, parts, new LinkedHashMap<>()).isEmpty();
        boolean v4 = check(CvssVersion.V4_0, parts, new LinkedHashMap<>()).isEmpty();
        return v3 == v4 ? Optional.empty() : Optional.of(v3 ? CvssVersion.V3_1 : CvssVersion.V4_0);
    }

    private static void metric(CvssVersion version, String name, String part, Map<String, String> metrics,
            List<Fault> faults) {
        if (part.isEmpty()) {
            faults.add(new Fault("the " + name + " vector has an empty metric (two '/' in a row, or a '/' at the end)",
                    "remove the extra '/'"));
            return;
        }
        int colon = part.indexOf(':');
        if (colon <= 0 || colon != part.lastIndexOf(':') || colon == part.length() - 1) {
            faults.add(new Fault("'" + part + "' in the " + name + " vector is not a metric",
                    "write each metric as NAME:VALUE, such as AV:N, separated by '/'"));
            return;
        }
        String key = part.substring(0, colon);
        String value = part.substring(colon + 1);
        Optional<Metric> metric = MetricTable.metric(version, key);
        if (metric.isEmpty()) {
            faults.add(new Fault("'" + key + "' is not a " + name + " metric", Suggestions.didYouMean(key,
                    MetricTable.of(version).keySet(), name + " metrics are " + and(
                            List.copyOf(MetricTable.of(version).keySet())))));
            return;
        }
        if (metrics.containsKey(key)) {
            faults.add(new Fault(key + " appears twice in the " + name + " vector", "keep one " + key + " value"));
            return;
        }
        metrics.put(key, value);
        if (!metric.get().values().contains(value)) {
            faults.add(new Fault(part + " is not a " + name + " value; expected " + metric.get().expected(),
                    valueHint(metric.get(), value)));
        }
    }

    private static String valueHint(Metric metric, String value) {
        for (String allowed : metric.values()) {
            if (allowed.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return "values are case-sensitive: write " + metric.key() + ":" + allowed;
            }
        }
        if (value.equals("X") && metric.mandatory()) {
            return "X (Not Defined) is only for optional metrics; " + metric.key() + " is a base metric and needs a value";
        }
        return "";
    }

    /** {@code S, C and I}. */
    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

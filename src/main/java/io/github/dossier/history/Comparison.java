package io.github.dossier.history;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between the previous version of a report and this one, finding by finding
 * (matched by key).
 *
 * @param previous the previous version
 * @param added the keys of findings new in this version, in this version's order
 * @param removed findings of the previous version that are not in this one, in its order
 * @param changed findings in both versions that differ, in this version's order
 * @param retest whether this version is a retest of the previous one
 * @param retested in a retest, one row per finding of the previous version, in this version's order
 *     and then the removed ones; empty otherwise
 */
public record Comparison(PreviousVersion previous, List<String> added, List<Removal> removed,
        List<Changed> changed, boolean retest, List<Retested> retested) {

    /** The retest statuses in the order summaries list them. */
    public static final List<String> RETEST_STATUSES = List.of("fixed", "partially-fixed", "open", "accepted",
            "not-retested");

    public Comparison {
        Objects.requireNonNull(previous, "previous");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        retested = List.copyOf(retested);
    }

    /**
     * A finding of the previous version in a retest.
     *
     * @param before as the previous version showed it (its original risk)
     * @param now as this version shows it, or null when it was removed
     * @param status its retest status ({@code fixed}, {@code partially-fixed} …); empty when this
     *     version does not give it (a draft) or the finding was removed
     * @param reason where a removed finding went; else empty
     */
    public record Retested(FindingRecord before, FindingRecord now, String status, String reason) {
    }

    /** Previous findings per retest status, in {@link #RETEST_STATUSES} order, every status present. */
    public java.util.Map<String, Integer> retestCounts() {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        RETEST_STATUSES.forEach(s -> counts.put(s, 0));
        retested.stream().filter(r -> counts.containsKey(r.status())).forEach(r -> counts.merge(r.status(), 1,
                Integer::sum));
        return counts;
    }

    /**
     * A finding the previous version had and this one has not.
     *
     * @param finding as the previous version showed it
     * @param reason where it went, as {@code removed:} says; empty when not said (a draft)
     */
    public record Removal(FindingRecord finding, String reason) {
    }

    /** A value before and after. */
    public record Change(String from, String to) {
    }

    /**
     * How a finding in both versions differs; each part null or empty when it did not change.
     *
     * @param key the finding's key
     * @param risk its risk level, when re-rated
     * @param cvss its CVSS vector or score, when re-scored
     * @param status its status, when changed
     * @param text a word-level difference per part whose text changed, by part name
     * @param affectedAdded affected systems new in this version
     * @param affectedRemoved affected systems no longer listed
     */
    public record Changed(String key, Change risk, Change cvss, Change status,
            java.util.Map<String, WordDiff> text, List<String> affectedAdded, List<String> affectedRemoved) {
        public Changed {
            text = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(text));
            affectedAdded = List.copyOf(affectedAdded);
            affectedRemoved = List.copyOf(affectedRemoved);
        }

        public boolean isRerated() {
            return risk != null || cvss != null;
        }
    }

    public Optional<Changed> changeOf(String key) {
        return changed.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** Added, removed, re-rated, with a changed status, with changed text. */
    public int count(Kind kind) {
        return switch (kind) {
            case ADDED -> added.size();
            case REMOVED -> removed.size();
            case RERATED -> (int) changed.stream().filter(Changed::isRerated).count();
            case STATUS -> (int) changed.stream().filter(c -> c.status() != null).count();
            case TEXT -> (int) changed.stream().filter(c -> !c.text().isEmpty() || !c.affectedAdded().isEmpty()
                    || !c.affectedRemoved().isEmpty()).count();
        };
    }

    /** The kinds of change counted in the summary line. */
    public enum Kind { ADDED, REMOVED, RERATED, STATUS, TEXT }
}

package io.github.dossier.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares this version's findings with the previous version's, by key. */
public final class Comparer {

    private Comparer() {
    }

    /**
     * @param previous the previous version
     * @param current this version's findings, in its order
     * @param reasons where removed findings went, by key ({@code removed:})
     * @param retest whether this version is a retest
     * @param statusNotGiven keys of findings whose status the descriptor does not write
     */
    public static Comparison compare(PreviousVersion previous, List<FindingRecord> current,
            Map<String, String> reasons, boolean retest, Set<String> statusNotGiven) {
        Set<String> now = current.stream().map(FindingRecord::key).collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        List<Comparison.Changed> changed = new ArrayList<>();
        for (FindingRecord f : current) {
            previous.finding(f.key()).ifPresentOrElse(before -> {
                Comparison.Changed c = changed(before, f, previous.hasText());
                if (c != null) {
                    changed.add(c);
                }
            }, () -> added.add(f.key()));
        }
        List<Comparison.Removal> removed = previous.findings().stream().filter(f -> !now.contains(f.key()))
                .map(f -> new Comparison.Removal(f, reasons.getOrDefault(f.key(), ""))).toList();
        return new Comparison(previous, added, removed, changed, retest,
                retest ? retested(previous, current, removed, statusNotGiven) : List.of());
    }

    private static List<Comparison.Retested> retested(PreviousVersion previous, List<FindingRecord> current,
            List<Comparison.Removal> removed, Set<String> statusNotGiven) {
        List<Comparison.Retested> rows = new ArrayList<>();
        for (FindingRecord now : current) {
            previous.finding(now.key()).ifPresent(before -> rows.add(new Comparison.Retested(before, now,
                    statusNotGiven.contains(now.key()) ? "" : now.status(), "")));
        }
        removed.forEach(r -> rows.add(new Comparison.Retested(r.finding(), null, "", r.reason())));
        return rows;
    }

    /** How a finding changed, or null when it did not. */
    static Comparison.Changed changed(FindingRecord before, FindingRecord after, boolean compareText) {
        Map<String, WordDiff> text = new LinkedHashMap<>();
        for (String part : FindingRecord.PARTS) {
            // a findings.json of format 1 records titles only
            WordDiff diff = compareText || part.equals("title") ? WordDiff.of(text(before, part), text(after, part))
                    : WordDiff.of("", "");
            if (!diff.isEmpty()) {
                text.put(part, diff);
            }
        }
        List<String> added = after.affected().stream().filter(a -> !before.affected().contains(a)).toList();
        List<String> removed = before.affected().stream().filter(a -> !after.affected().contains(a)).toList();
        Comparison.Change risk = change(before.risk(), after.risk());
        Comparison.Change cvss = change(before.cvss(), after.cvss());
        Comparison.Change status = change(before.status(), after.status());
        if (risk == null && cvss == null && status == null && text.isEmpty() && added.isEmpty()
                && removed.isEmpty()) {
            return null;
        }
        return new Comparison.Changed(after.key(), risk, cvss, status, text, added, removed);
    }

    private static String text(FindingRecord f, String part) {
        return part.equals("title") ? f.title() : f.text().getOrDefault(part, "");
    }

    private static Comparison.Change change(String from, String to) {
        return from.equals(to) ? null : new Comparison.Change(from, to);
    }
}

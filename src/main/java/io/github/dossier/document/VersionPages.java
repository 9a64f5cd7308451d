package io.github.dossier.document;

import io.github.dossier.history.Comparison;
import io.github.dossier.history.FindingRecord;
import io.github.dossier.history.WordDiff;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.risk.Risk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report says about its previous version: the counts in document control, the chapter of
 * changes, and in a retest the retest summary (sentence, chart and table).
 */
final class VersionPages {

    static final String CHANGES = "changes";
    static final String RETEST = "retest-summary";

    private final Comparison changes;
    private final Map<String, RenderedFinding> findings = new LinkedHashMap<>();

    VersionPages(Comparison changes, List<RenderedFinding> findings) {
        this.changes = changes;
        findings.forEach(f -> this.findings.put(f.key(), f));
    }

    /** {@code Changes since version 1.0}. */
    String changesTitle() {
        return "Changes since " + changes.previous().label();
    }

    /** The counts, for document control, under their own heading. */
    List<Block> documentControl() {
        List<Field> fields = List.of(
                new Field("Previous version", Cell.text(changes.previous().label() + " (" + changes.previous().source()
                        + ")")),
                new Field("Findings added", Cell.text(String.valueOf(changes.count(Comparison.Kind.ADDED)))),
                new Field("Findings removed", Cell.text(String.valueOf(changes.count(Comparison.Kind.REMOVED)))),
                new Field("Findings re-rated", Cell.text(String.valueOf(changes.count(Comparison.Kind.RERATED)))),
                new Field("Status changed", Cell.text(String.valueOf(changes.count(Comparison.Kind.STATUS)))),
                new Field("Text changed", Cell.text(String.valueOf(changes.count(Comparison.Kind.TEXT)))));
        return List.of(new Block.Heading(2, "changes-since", "", Inline.text(changesTitle())),
                new Block.Fields("changes", 2, fields.subList(1, fields.size()), fields.subList(0, 1)));
    }

    /** The chapter listing every change, one row per kind of change of a finding. */
    Chapter changesChapter() {
        List<List<Cell>> rows = new ArrayList<>();
        for (String key : changes.added()) {
            RenderedFinding f = findings.get(key);
            rows.add(List.of(current(f), Cell.text("Added"), Cell.text("New in this version, risk "
                    + f.risk().label())));
        }
        for (Comparison.Removal r : changes.removed()) {
            rows.add(List.of(previous(r.finding()), Cell.text("Removed"), r.reason().isEmpty()
                    ? Cell.of(Inline.undecided("TBC: no reason given")) : Cell.text(r.reason())));
        }
        for (Comparison.Changed c : changes.changed()) {
            changed(c, rows);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Inline.text(sentence()), Block.Paragraph.Role.LEAD));
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table("changes-table", List.of(Column.text("Finding", 34), Column.text("Change", 16),
                    Column.text("Details", 50)), rows));
        }
        return new Chapter(CHANGES, CHANGES, Inline.text(changesTitle()), false, true, blocks);
    }

    private void changed(Comparison.Changed c, List<List<Cell>> rows) {
        RenderedFinding f = findings.get(c.key());
        if (c.isRerated()) {
            List<String> parts = new ArrayList<>();
            if (c.risk() != null) {
                parts.add("Risk " + c.risk().from() + " → " + c.risk().to());
            }
            if (c.cvss() != null) {
                parts.add("CVSS " + dash(c.cvss().from()) + " → " + dash(c.cvss().to()));
            }
            rows.add(List.of(current(f), Cell.text("Re-rated"), Cell.text(String.join("\n", parts))));
        }
        if (c.status() != null) {
            rows.add(List.of(current(f), Cell.text("Status"), Cell.text(Labels.status(c.status().from()) + " → "
                    + Labels.status(c.status().to()))));
        }
        if (!c.text().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<String, WordDiff> e : c.text().entrySet()) {
                lines.add(Labels.word(e.getKey()) + ": " + e.getValue().summary());
            }
            rows.add(List.of(current(f), Cell.text("Text"), Cell.text(String.join("\n", lines))));
        }
        if (!c.affectedAdded().isEmpty() || !c.affectedRemoved().isEmpty()) {
            List<String> lines = new ArrayList<>();
            if (!c.affectedAdded().isEmpty()) {
                lines.add("Added: " + String.join(", ", c.affectedAdded()));
            }
            if (!c.affectedRemoved().isEmpty()) {
                lines.add("Removed: " + String.join(", ", c.affectedRemoved()));
            }
            rows.add(List.of(current(f), Cell.text("Affected systems"), Cell.text(String.join("\n", lines))));
        }
    }

    /** {@code Since version 1.0: 1 finding added, 1 removed, 1 re-rated, 2 with a changed status and 1 with changed text.} */
    String sentence() {
        int added = changes.count(Comparison.Kind.ADDED);
        int removed = changes.count(Comparison.Kind.REMOVED);
        int rerated = changes.count(Comparison.Kind.RERATED);
        int status = changes.count(Comparison.Kind.STATUS);
        int text = changes.count(Comparison.Kind.TEXT);
        if (added + removed + changes.changed().size() == 0) {
            return "No finding changed since " + changes.previous().label() + ".";
        }
        return "Since " + changes.previous().label() + ": " + added + " finding" + (added == 1 ? "" : "s")
                + " added, " + removed + " removed, " + rerated + " re-rated, " + status + " with a changed status and "
                + text + " with changed text.";
    }

    /** The retest summary: what became of each finding of the previous version. */
    Chapter retestChapter() {
        Map<String, Integer> counts = changes.retestCounts();
        List<Block.Chart.Bar> bars = new ArrayList<>();
        counts.forEach((status, n) -> bars.add(new Block.Chart.Bar(Labels.status(status), n,
                RiskPalette.statusHex(status), null)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Comparison.Retested r : changes.retested()) {
            RenderedFinding f = r.now() == null ? null : findings.get(r.now().key());
            rows.add(List.of(f == null ? previous(r.before()) : current(f), risk(r.before().risk()),
                    f == null ? Cell.text("") : Cell.risk(f.risk()), status(r)));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Inline.text(retestSentence(counts)), Block.Paragraph.Role.LEAD));
        blocks.add(new Block.Chart("retest", bars, "Retest status", "Findings", "Findings of "
                + changes.previous().label() + " by retest status"));
        blocks.add(new Block.Table("retest-table", List.of(Column.text("Finding", 40), Column.text("Original risk", 18),
                Column.text("Risk now", 18), Column.text("Retest status", 24)), rows));
        return new Chapter(RETEST, RETEST, Inline.text("Retest summary"), true, true, blocks);
    }

    private String retestSentence(Map<String, Integer> counts) {
        int total = changes.retested().size();
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + Labels.status(status).toLowerCase(java.util.Locale.ROOT)));
        if (!changes.removed().isEmpty()) {
            parts.add(changes.removed().size() + " removed");
        }
        // a draft may not give every status yet: the counts then say how many are still open
        long pending = changes.retested().stream().filter(r -> r.now() != null && r.status().isEmpty()).count();
        if (pending > 0) {
            parts.add(pending + " without a retest status yet");
        }
        int added = changes.added().size();
        return "Of the " + total + " finding" + (total == 1 ? "" : "s") + " of " + changes.previous().label() + ": "
                + String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1)
                + ". The retest found " + (added == 0 ? "no new findings." : added + " new finding"
                + (added == 1 ? "." : "s."));
    }

    /** The risk the previous version gave a finding, in a retest; null when it is new. */
    String originalRisk(String key) {
        return changes.retest() ? changes.previous().finding(key).map(FindingRecord::risk).orElse(null) : null;
    }

    static Cell risk(String label) {
        return Risk.parse(label).map(Cell::risk).orElse(Cell.text(label));
    }

    private static Cell status(Comparison.Retested r) {
        if (r.now() == null) {
            return r.reason().isEmpty() ? Cell.of(Inline.prefixed("Removed: ", Inline.undecided("TBC: no reason given")))
                    : Cell.text("Removed: " + r.reason());
        }
        return r.status().isEmpty() ? Cell.of(Inline.undecided("TBC")) : Cell.text(Labels.status(r.status()));
    }

    private static Cell current(RenderedFinding f) {
        return Cell.of(Inline.linkTo(f.anchor(), Inline.prefixed(FindingBlocks.number(f) + " ",
                FindingBlocks.title(f))));
    }

    private Cell previous(FindingRecord f) {
        return Cell.text(f.title() + " (" + f.number() + ". in " + changes.previous().label() + ")");
    }

    private static String dash(String value) {
        return value.isEmpty() ? Cell.EMPTY : value;
    }
}

package io.github.dossier.document;

import io.github.dossier.report.FindingPart;
import io.github.dossier.report.RenderedFinding;
import java.util.ArrayList;
import java.util.List;

/**
 * One finding as blocks: its numbered heading, the header (risk, CVSS, impact, likelihood,
 * category, status, the vector), the affected systems, then description, impact, likelihood and
 * recommendation, each under its heading.
 */
final class FindingBlocks {

    private final MarkdownBlocks markdown;
    /** In a retest, the risk the previous version gave a finding by key; else null. */
    private final java.util.function.Function<String, String> originalRisk;

    FindingBlocks(MarkdownBlocks markdown, java.util.function.Function<String, String> originalRisk) {
        this.markdown = markdown;
        this.originalRisk = originalRisk;
    }

    Block.Group of(RenderedFinding f) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, null, number(f), title(f)));
        blocks.add(header(f));
        if (!f.affected().isEmpty()) {
            blocks.add(new Block.Heading(3, null, "", Inline.text(Labels.plural("Affected system",
                    f.affected().size()))));
            List<List<Cell>> rows = new ArrayList<>();
            for (int i = 0; i < f.affected().size(); i++) {
                rows.add(List.of(Cell.text(String.valueOf(i + 1)), Cell.text(f.affected().get(i))));
            }
            blocks.add(new Block.Table("affected", List.of(Column.number("#", 7), Column.text("System", 93)), rows));
        }
        part(blocks, "Description", f.section(FindingPart.DESCRIPTION));
        part(blocks, "Impact: " + f.impact().label(), f.section(FindingPart.IMPACT));
        part(blocks, "Likelihood: " + f.likelihood().label(), f.section(FindingPart.LIKELIHOOD));
        part(blocks, "Recommendation", f.section(FindingPart.RECOMMENDATION));
        return new Block.Group("finding", f.anchor(), f.risk(), blocks);
    }

    /** {@code 3.} */
    static String number(RenderedFinding f) {
        return f.number() + ".";
    }

    /** The title as inline Markdown; a new node each time, as a node lives in one place. */
    static Inline title(RenderedFinding f) {
        return MarkdownSyntax.inline(f.title());
    }

    private Block.Fields header(RenderedFinding f) {
        List<Field> fields = new ArrayList<>(List.of(new Field("Risk", Cell.risk(f.risk())),
                new Field("CVSS score", Cell.text(Labels.cvssScore(f))),
                new Field("Impact", Cell.text(f.impact().label())),
                new Field("Likelihood", Cell.text(f.likelihood().label())),
                new Field("Category", Cell.text(f.category())),
                new Field("Status", Cell.text(f.status().label()))));
        String original = originalRisk.apply(f.key());
        if (original != null) {
            fields.add(1, new Field("Original risk", VersionPages.risk(original)));
            fields.set(fields.size() - 1, new Field("Retest status", f.statusGiven() ? Cell.text(f.status().label())
                    : Cell.of(Inline.undecided("TBC"))));
        }
        String vector = Labels.cvssVector(f);
        return new Block.Fields("finding-meta", 2, fields,
                vector.isEmpty() ? List.of() : List.of(new Field("CVSS vector", Cell.code(vector))));
    }

    private void part(List<Block> blocks, String heading, String text) {
        blocks.add(new Block.Heading(3, null, "", Inline.text(heading)));
        blocks.addAll(markdown.findingPart(text));
    }
}

package io.github.dossier.document;

import io.github.dossier.report.RenderedFinding;
import java.util.List;
import java.util.Optional;

/**
 * Report metadata, on request ({@code sourcesAppendix}): which template, from which library and
 * version, every finding came from, so a report can be traced and rebuilt. Left out when a
 * finding's library is unknown.
 */
final class SourcesAppendix {

    static final String TITLE = "Appendix: finding sources";

    private SourcesAppendix() {
    }

    static Optional<Chapter> of(List<RenderedFinding> findings) {
        if (findings.isEmpty() || findings.stream().anyMatch(f -> !f.library().isKnown())) {
            return Optional.empty();
        }
        List<List<Cell>> rows = findings.stream().map(f -> List.of(Cell.text(String.valueOf(f.number())),
                Cell.of(FindingBlocks.title(f)), Cell.code(f.templateId()), Cell.text(f.library().label()))).toList();
        Block.Table table = new Block.Table("sources-table", List.of(Column.number("#", 6), Column.text("Finding", 34),
                Column.text("Template", 36), Column.text("Library", 24)), rows);
        return Optional.of(new Chapter("sources", "sources", Inline.text(TITLE), false, true, List.of(table)));
    }
}

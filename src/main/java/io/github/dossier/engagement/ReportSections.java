package io.github.dossier.engagement;

import java.util.List;
import java.util.Optional;

/**
 * The descriptor's {@code sections:}: the writer's Markdown files placed before the findings
 * (after the executive summary) and after them, each list in report order, and the file placed
 * inside the executive summary.
 *
 * @param before the files before the findings
 * @param after the files after the findings
 * @param declared whether the descriptor has a {@code sections:} key at all
 * @param summary the file placed inside the executive summary, or null when the descriptor names none
 */
public record ReportSections(List<WriterSection> before, List<WriterSection> after, boolean declared,
        WriterSection summary) {

    public ReportSections {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Without a file for the executive summary. */
    public ReportSections(List<WriterSection> before, List<WriterSection> after, boolean declared) {
        this(before, after, declared, null);
    }

    public static ReportSections none() {
        return new ReportSections(List.of(), List.of(), false);
    }

    public Optional<WriterSection> summaryFile() {
        return Optional.ofNullable(summary);
    }
}

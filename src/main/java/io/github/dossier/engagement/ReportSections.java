package io.github.dossier.engagement;

import java.util.List;

/**
 * The descriptor's {@code sections:}: the writer's Markdown files placed before the findings
 * (after the executive summary) and after them, each list in report order.
 *
 * @param before the files before the findings
 * @param after the files after the findings
 * @param declared whether the descriptor has a {@code sections:} key at all
 */
public record ReportSections(List<WriterSection> before, List<WriterSection> after, boolean declared) {

    public ReportSections {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public static ReportSections none() {
        return new ReportSections(List.of(), List.of(), false);
    }
}

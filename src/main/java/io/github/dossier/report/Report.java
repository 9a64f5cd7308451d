package io.github.dossier.report;

import io.github.dossier.history.Comparison;
import io.github.dossier.problem.Problem;
import io.github.dossier.provenance.Provenance;
import io.github.dossier.template.LibraryRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fully resolved report, ready for the output writers.
 *
 * @param info the engagement's details
 * @param findings the findings in report order
 * @param evidence evidence files by their name in the output folder
 * @param problems warnings and notes for the log (a report with errors is never built)
 * @param draft whether unresolved markup may remain, visibly
 * @param inputs every file the report was built from (descriptor, templates used, files its values
 *     name, writer sections), sorted; for change detection, never printed
 * @param libraries the template roots searched, in order
 * @param before the writer's sections placed before the findings
 * @param after the writer's sections placed after the findings
 * @param summary the writer's section placed inside the executive summary, or null
 * @param changes what changed since the previous version ({@code engagement.previous}), or null
 * @param provenance what the report was made from, each input with its SHA-256
 * @param templates the file of each template used, by id (to compare with another library version)
 */
public record Report(ReportInfo info, List<RenderedFinding> findings, Map<String, Path> evidence,
        List<Problem> problems, boolean draft, List<Path> inputs, List<LibraryRoot> libraries,
        List<RenderedSection> before, List<RenderedSection> after, RenderedSection summary, Comparison changes,
        Provenance provenance, Map<String, Path> templates) {

    public Report {
        findings = List.copyOf(findings);
        evidence = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(evidence));
        problems = List.copyOf(problems);
        inputs = inputs.stream().sorted().distinct().toList();
        libraries = List.copyOf(libraries);
        before = List.copyOf(before);
        after = List.copyOf(after);
        provenance = java.util.Objects.requireNonNullElse(provenance, new Provenance(List.of()));
        templates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(templates));
    }

    /** A report without tracked inputs or writer sections. */
    public Report(ReportInfo info, List<RenderedFinding> findings, Map<String, Path> evidence,
            List<Problem> problems, boolean draft) {
        this(info, findings, evidence, problems, draft, List.of(), List.of(), List.of(), List.of(), null, null, null,
                Map.of());
    }

    /** What changed since the previous version, if the descriptor names one. */
    public java.util.Optional<Comparison> changesIfAny() {
        return java.util.Optional.ofNullable(changes);
    }

    /** Whether this report is a retest of its previous version. */
    public boolean isRetest() {
        return changes != null && changes.retest();
    }

    /** The writer's section for the executive summary, if there is one. */
    public java.util.Optional<RenderedSection> summaryIfAny() {
        return java.util.Optional.ofNullable(summary);
    }
}

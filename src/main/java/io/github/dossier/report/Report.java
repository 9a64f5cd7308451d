package io.github.dossier.report;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.problem.Problem;
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
 */
public record Report(EngagementInfo info, List<RenderedFinding> findings, Map<String, Path> evidence,
        List<Problem> problems, boolean draft) {

    public Report {
        findings = List.copyOf(findings);
        evidence = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(evidence));
        problems = List.copyOf(problems);
    }
}

package io.github.dossier.output;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.engagement.Revision;
import io.github.dossier.render.MarkdownEscaper;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.RenderedSection;
import io.github.dossier.report.Report;
import io.github.dossier.risk.Risk;
import io.github.dossier.template.Section;
import java.util.List;
import java.util.Map;

/**
 * The combined report as one Markdown document, in the order of the other formats: details and
 * version history, the executive summary, the writer's sections before the findings, the
 * findings summary, every finding, then the writer's sections after them. Evidence images are
 * linked beside it under {@code evidence/}, each with a numbered caption.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        MarkdownParts parts = new MarkdownParts(report.evidence());
        EngagementInfo info = report.info();
        md.append("# ").append(esc(info.title())).append("\n\n");
        if (report.draft()) {
            md.append("> **DRAFT**: unresolved markup is kept visible; this is not a final report.\n\n");
        }
        appendDetails(md, info);
        appendExecutiveSummary(md, report);
        report.before().forEach(s -> appendSection(md, s, parts));
        md.append("## Summary of findings\n\n");
        if (report.findings().isEmpty()) {
            md.append("No findings.\n\n");
        } else {
            md.append("| # | Finding | Risk | CVSS | Category | Status |\n|---|---|---|---|---|---|\n");
            for (RenderedFinding f : report.findings()) {
                md.append("| ").append(f.number()).append(" | [").append(f.title()).append("](#").append(f.anchor())
                        .append(") | ").append(f.risk().label()).append(" | ").append(cell(Cvss.of(f).score())).append(" | ")
                        .append(cell(f.category())).append(" | ").append(f.status().label()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Findings\n");
        for (RenderedFinding f : report.findings()) {
            appendFinding(md, f, parts);
        }
        md.append('\n');
        report.after().forEach(s -> appendSection(md, s, parts));
        md.append(SourcesAppendix.markdown(report));
        return md.toString().stripTrailing() + "\n";
    }

    private static void appendDetails(StringBuilder md, EngagementInfo info) {
        md.append("| | |\n|---|---|\n");
        ReportMarkdown.documentDetails(info).stream().filter(d -> !d.label().equals("Title"))
                .forEach(d -> row(md, d.label(), d.value()));
        md.append('\n');
        List<Revision> history = HtmlFront.history(info);
        if (!history.isEmpty()) {
            md.append("## Document control\n\n| Version | Date | Author | Changes |\n|---|---|---|---|\n");
            history.forEach(r -> md.append("| ").append(inline(r.version())).append(" | ").append(inline(r.date()))
                    .append(" | ").append(inline(r.author())).append(" | ").append(inline(r.changes())).append(" |\n"));
            md.append('\n');
        }
    }

    private static void appendExecutiveSummary(StringBuilder md, Report report) {
        Map<Risk, Integer> counts = RiskPalette.counts(report.findings());
        md.append("## Executive summary\n\n").append(esc(SummaryText.sentence(counts))).append("\n\n")
                .append("| Risk | Findings |\n|---|---|\n");
        counts.forEach((risk, n) -> md.append("| ").append(risk.label()).append(" | ").append(n).append(" |\n"));
        md.append('\n');
    }

    private static void appendSection(StringBuilder md, RenderedSection section, MarkdownParts parts) {
        md.append("## ").append(section.title()).append("\n\n");
        appendPart(md, parts.section(section.markdown()));
    }

    private static void row(StringBuilder md, String label, String value) {
        if (!value.isBlank()) {
            md.append("| ").append(label).append(" | ").append(inline(value)).append(" |\n");
        }
    }

    private static void appendFinding(StringBuilder md, RenderedFinding f, MarkdownParts parts) {
        md.append("\n### ").append(f.number()).append(". ").append(f.title()).append("\n\n");
        Cvss cvss = Cvss.of(f);
        md.append("| Risk | Impact | Likelihood | CVSS | Category | Status |\n|---|---|---|---|---|---|\n");
        md.append("| ").append(f.risk().label()).append(" | ").append(f.impact().label()).append(" | ")
                .append(f.likelihood().label()).append(" | ").append(cell(cvss.score())).append(" | ")
                .append(cell(f.category())).append(" | ").append(f.status().label()).append(" |\n\n");
        if (!cvss.vector().isEmpty()) {
            md.append("CVSS vector: `").append(cvss.vector()).append("`\n\n");
        }
        List<String> affected = f.affected();
        if (!affected.isEmpty()) {
            md.append("**Affected system").append(affected.size() == 1 ? "" : "s").append(":**\n\n");
            affected.forEach(a -> md.append("- ").append(esc(a)).append('\n'));
            md.append('\n');
        }
        appendPart(md, parts.withCaptions(f.section(Section.Kind.DESCRIPTION)));
        md.append("#### Impact: ").append(f.impact().label()).append("\n\n");
        appendPart(md, parts.withCaptions(f.section(Section.Kind.IMPACT)));
        md.append("#### Likelihood: ").append(f.likelihood().label()).append("\n\n");
        appendPart(md, parts.withCaptions(f.section(Section.Kind.LIKELIHOOD)));
        md.append("#### Recommendation\n\n");
        appendPart(md, parts.withCaptions(f.section(Section.Kind.RECOMMENDATION)));
    }

    private static void appendPart(StringBuilder md, String markdown) {
        if (!markdown.isBlank()) {
            md.append(markdown).append("\n\n");
        }
    }

    private static String cell(String value) {
        return value.isBlank() ? "—" : esc(value);
    }

    private static String inline(String value) {
        return esc(value.strip()).replace("\n", " ");
    }

    private static String esc(String text) {
        return MarkdownEscaper.escape(text);
    }
}

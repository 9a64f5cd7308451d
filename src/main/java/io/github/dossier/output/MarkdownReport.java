package io.github.dossier.output;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.render.MarkdownEscaper;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.Report;
import io.github.dossier.template.Section;
import java.util.List;

/**
 * The combined report as one Markdown document: details, a summary table, then every finding
 * with its header table, affected systems and the four parts of its template. Evidence images
 * are linked beside it under {@code evidence/}.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        EngagementInfo info = report.info();
        md.append("# ").append(esc(info.title())).append("\n\n");
        if (report.draft()) {
            md.append("> **DRAFT**: unresolved markup is kept visible; this is not a final report.\n\n");
        }
        appendDetails(md, info);
        md.append("## Summary of findings\n\n");
        if (report.findings().isEmpty()) {
            md.append("No findings.\n\n");
        } else {
            md.append("| # | Finding | Risk | CVSS | Category | Status |\n|---|---|---|---|---|---|\n");
            for (RenderedFinding f : report.findings()) {
                md.append("| ").append(f.number()).append(" | [").append(f.title()).append("](#").append(f.anchor())
                        .append(") | ").append(f.risk().label()).append(" | ").append(cell(f.cvss())).append(" | ")
                        .append(cell(f.category())).append(" | ").append(f.status().label()).append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Findings\n");
        for (RenderedFinding f : report.findings()) {
            appendFinding(md, f);
        }
        md.append(SourcesAppendix.markdown(report));
        return md.toString().stripTrailing() + "\n";
    }

    private static void appendDetails(StringBuilder md, EngagementInfo info) {
        md.append("| | |\n|---|---|\n");
        row(md, "Client", info.client());
        row(md, "Reference", info.reference());
        row(md, "Version", info.version());
        row(md, "Date", info.date());
        row(md, "Type", info.type());
        row(md, "Authors", String.join(", ", info.authors()));
        row(md, "Classification", info.classification());
        md.append('\n');
    }

    private static void row(StringBuilder md, String label, String value) {
        if (!value.isBlank()) {
            md.append("| ").append(label).append(" | ").append(esc(value).replace("\n", " ")).append(" |\n");
        }
    }

    private static void appendFinding(StringBuilder md, RenderedFinding f) {
        md.append("\n### ").append(f.number()).append(". ").append(f.title()).append("\n\n");
        md.append("| Risk | Impact | Likelihood | CVSS | Category | Status |\n|---|---|---|---|---|---|\n");
        md.append("| ").append(f.risk().label()).append(" | ").append(f.impact().label()).append(" | ")
                .append(f.likelihood().label()).append(" | ").append(cell(f.cvss())).append(" | ")
                .append(cell(f.category())).append(" | ").append(f.status().label()).append(" |\n\n");
        List<String> affected = f.affected();
        if (!affected.isEmpty()) {
            md.append("**Affected system").append(affected.size() == 1 ? "" : "s").append(":**\n\n");
            affected.forEach(a -> md.append("- ").append(esc(a)).append('\n'));
            md.append('\n');
        }
        appendPart(md, f.section(Section.Kind.DESCRIPTION));
        md.append("#### Impact: ").append(f.impact().label()).append("\n\n");
        appendPart(md, f.section(Section.Kind.IMPACT));
        md.append("#### Likelihood: ").append(f.likelihood().label()).append("\n\n");
        appendPart(md, f.section(Section.Kind.LIKELIHOOD));
        md.append("#### Recommendation\n\n");
        appendPart(md, f.section(Section.Kind.RECOMMENDATION));
    }

    private static void appendPart(StringBuilder md, String markdown) {
        if (!markdown.isBlank()) {
            md.append(markdown).append("\n\n");
        }
    }

    private static String cell(String value) {
        return value.isBlank() ? "—" : esc(value);
    }

    private static String esc(String text) {
        return MarkdownEscaper.escape(text);
    }
}

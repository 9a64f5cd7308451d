package io.github.dossier.output;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.Report;
import io.github.dossier.template.Section;
import java.util.Map;

/**
 * The report as one self-contained HTML page: styles inline, evidence embedded as data URIs, an
 * anchor per finding, nothing loaded from anywhere else. All text is escaped.
 */
public final class HtmlReport {

    private final Report report;
    private final MarkdownToHtml markdown;

    /** @param images data URIs of the evidence, by output name */
    public HtmlReport(Report report, Map<String, String> images) {
        this.report = report;
        this.markdown = new MarkdownToHtml(images);
    }

    public String render() {
        EngagementInfo info = report.info();
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Dossier\">\n")
                .append("<title>").append(Html.escape(info.title())).append(" — ")
                .append(Html.escape(info.client())).append("</title>\n<style>\n").append(Stylesheet.css())
                .append("</style>\n</head>\n<body>\n<main>\n");
        appendHeader(html, info);
        appendSummary(html);
        html.append("<section class=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n");
        for (RenderedFinding f : report.findings()) {
            appendFinding(html, f);
        }
        html.append("</section>\n").append(SourcesAppendix.html(report)).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void appendHeader(StringBuilder html, EngagementInfo info) {
        html.append("<header class=\"cover\">\n");
        if (!info.classification().isBlank()) {
            html.append("<p class=\"classification\">").append(Html.escape(info.classification())).append("</p>\n");
        }
        if (report.draft()) {
            html.append("<p class=\"draft-banner\">DRAFT — unresolved markup is highlighted</p>\n");
        }
        html.append("<h1>").append(Html.escape(info.title())).append("</h1>\n<dl class=\"details\">\n");
        detail(html, "Client", info.client());
        detail(html, "Reference", info.reference());
        detail(html, "Version", info.version());
        detail(html, "Date", info.date());
        detail(html, "Type", info.type());
        detail(html, "Authors", String.join(", ", info.authors()));
        html.append("</dl>\n</header>\n");
    }

    private static void detail(StringBuilder html, String label, String value) {
        if (!value.isBlank()) {
            html.append("<dt>").append(label).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
        }
    }

    private void appendSummary(StringBuilder html) {
        html.append("<section class=\"summary\">\n<h2 id=\"summary\">Summary of findings</h2>\n");
        if (report.findings().isEmpty()) {
            html.append("<p>No findings.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"summary-table\">\n<thead><tr><th>#</th><th>Finding</th><th>Risk</th>")
                .append("<th>CVSS</th><th>Category</th><th>Status</th></tr></thead>\n<tbody>\n");
        for (RenderedFinding f : report.findings()) {
            html.append("<tr><td>").append(f.number()).append("</td><td><a href=\"#").append(f.anchor()).append("\">")
                    .append(markdown.inline(f.title())).append("</a></td><td>").append(badge(f)).append("</td><td>")
                    .append(cell(f.cvss())).append("</td><td>").append(cell(f.category())).append("</td><td>")
                    .append(f.status().label()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void appendFinding(StringBuilder html, RenderedFinding f) {
        html.append("<section class=\"finding risk-").append(f.risk().slug()).append("\" id=\"").append(f.anchor())
                .append("\">\n<h3><span class=\"number\">").append(f.number()).append(".</span> ")
                .append(markdown.inline(f.title())).append("</h3>\n")
                .append("<table class=\"finding-meta\"><tbody><tr><th>Risk</th><td>").append(badge(f))
                .append("</td><th>Impact</th><td>").append(f.impact().label()).append("</td><th>Likelihood</th><td>")
                .append(f.likelihood().label()).append("</td></tr>\n<tr><th>CVSS</th><td>").append(cell(f.cvss()))
                .append("</td><th>Category</th><td>").append(cell(f.category())).append("</td><th>Status</th><td>")
                .append(f.status().label()).append("</td></tr></tbody></table>\n");
        if (!f.affected().isEmpty()) {
            html.append("<div class=\"affected\"><h5>Affected system").append(f.affected().size() == 1 ? "" : "s")
                    .append("</h5><ul>\n");
            f.affected().forEach(a -> html.append("<li>").append(Html.escape(a)).append("</li>\n"));
            html.append("</ul></div>\n");
        }
        html.append("<div class=\"description\">\n").append(markdown.block(f.section(Section.Kind.DESCRIPTION)))
                .append("</div>\n");
        part(html, "Impact: " + f.impact().label(), f.section(Section.Kind.IMPACT));
        part(html, "Likelihood: " + f.likelihood().label(), f.section(Section.Kind.LIKELIHOOD));
        part(html, "Recommendation", f.section(Section.Kind.RECOMMENDATION));
        html.append("</section>\n");
    }

    private void part(StringBuilder html, String heading, String body) {
        html.append("<h4>").append(Html.escape(heading)).append("</h4>\n").append(markdown.block(body));
    }

    private static String badge(RenderedFinding f) {
        return "<span class=\"risk risk-" + f.risk().slug() + "\">" + f.risk().label() + "</span>";
    }

    private static String cell(String value) {
        return value.isBlank() ? "—" : Html.escape(value);
    }
}

package io.github.dossier.output;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.RenderedSection;
import io.github.dossier.report.Report;
import io.github.dossier.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page: cover, document control, contents, executive
 * summary with a chart, the writer's sections, the findings summary and every finding. Styles
 * are inline, evidence is embedded as data URIs, nothing is loaded from anywhere else, and all
 * text is escaped. The PDF is laid out from this same page.
 */
public final class HtmlReport {

    private final Report report;
    private final MarkdownToHtml markdown;
    private final HtmlFinding findings;
    private final Branding branding;
    private final List<TocEntry> toc = new ArrayList<>();

    /** @param images data URIs of the evidence, by output name */
    public HtmlReport(Report report, Map<String, String> images) {
        this(report, images, Branding.NONE);
    }

    HtmlReport(Report report, Map<String, String> images, Branding branding) {
        this.report = report;
        this.markdown = new MarkdownToHtml(images);
        this.findings = new HtmlFinding(markdown);
        this.branding = branding;
    }

    public String render() {
        StringBuilder body = new StringBuilder(32768);
        appendExecutiveSummary(body);
        report.before().forEach(s -> appendSection(body, s));
        appendSummary(body);
        appendFindings(body);
        report.after().forEach(s -> appendSection(body, s));
        body.append(SourcesAppendix.html(report));

        EngagementInfo info = report.info();
        StringBuilder html = new StringBuilder(body.length() + 16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append(ContentPolicy.META)
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta name=\"generator\" content=\"Dossier\" />\n<title>").append(Html.escape(info.title()))
                .append(" — ").append(Html.escape(info.client())).append("</title>\n<style>\n")
                .append(Stylesheet.css()).append("</style>\n");
        if (!branding.css().isEmpty()) {
            html.append("<style class=\"user-stylesheet\">\n").append(branding.css().replace("</", "<\\/"))
                    .append("\n</style>\n");
        }
        html.append("</head>\n<body>\n");
        appendRunning(html, info);
        html.append("<main>\n");
        HtmlFront.cover(html, info, branding.logo(), report.draft());
        HtmlFront.documentControl(html, info);
        appendToc(html);
        html.append(body).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The PDF's running header and footer; hidden on screen. */
    private static void appendRunning(StringBuilder html, EngagementInfo info) {
        String label = info.classification().isBlank() ? "" : Html.escape(info.classification().strip());
        html.append("<div class=\"running-header\"><span class=\"running-title\">").append(Html.escape(info.title()))
                .append("</span><span class=\"running-classification\">").append(label).append("</span></div>\n")
                .append("<div class=\"running-footer\"><span class=\"running-classification\">").append(label)
                .append("</span><span class=\"running-client\">").append(Html.escape(info.client()))
                .append("</span></div>\n");
    }

    private void appendToc(StringBuilder html) {
        html.append("<nav class=\"toc\" id=\"contents\">\n<h2>Contents</h2>\n<ol class=\"toc-1\">\n");
        List<TocEntry> entries = nested(toc);
        for (int i = 0; i < entries.size(); i++) {
            TocEntry e = entries.get(i);
            html.append("<li class=\"toc-").append(e.level()).append("\"><a href=\"#").append(e.id()).append("\">")
                    .append(e.html()).append("</a>");
            int next = i + 1 < entries.size() ? entries.get(i + 1).level() : 1;
            if (next > e.level()) {
                html.append("\n<ol class=\"toc-").append(next).append("\">\n");
                continue;
            }
            html.append("</li>\n");
            for (int d = e.level(); d > next; d--) {
                html.append("</ol></li>\n");
            }
        }
        html.append("</ol>\n</nav>\n");
    }

    /** The entries with no level more than one below the one before (a file may skip a heading level). */
    static List<TocEntry> nested(List<TocEntry> entries) {
        List<TocEntry> nested = new ArrayList<>();
        int previous = 0;
        for (TocEntry e : entries) {
            int level = Math.min(e.level(), previous + 1);
            nested.add(new TocEntry(e.id(), e.html(), level));
            previous = level;
        }
        return nested;
    }

    /** The table of contents as rendered, for the PDF's bookmarks. */
    List<TocEntry> toc() {
        return nested(toc);
    }

    private void chapter(StringBuilder html, String id, String cssClass, String titleHtml) {
        toc.add(new TocEntry(id, titleHtml, 1));
        html.append("<section class=\"chapter ").append(cssClass).append("\" id=\"").append(id).append("\">\n<h2>")
                .append(titleHtml).append("</h2>\n");
    }

    private void appendExecutiveSummary(StringBuilder html) {
        Map<Risk, Integer> counts = RiskPalette.counts(report.findings());
        chapter(html, "executive-summary", "executive-summary", "Executive summary");
        html.append("<p class=\"summary-sentence\">").append(Html.escape(SummaryText.sentence(counts)))
                .append("</p>\n<div class=\"risk-overview\">\n<table class=\"risk-counts\"><thead><tr><th>Risk</th>")
                .append("<th class=\"count\">Findings</th></tr></thead><tbody>\n");
        counts.forEach((risk, n) -> html.append("<tr class=\"risk-").append(risk.slug()).append("\"><td><span class=")
                .append("\"risk risk-").append(risk.slug()).append("\">").append(risk.label())
                .append("</span></td><td class=\"count\">").append(n).append("</td></tr>\n"));
        html.append("</tbody></table>\n<figure class=\"chart\">\n").append(RiskChart.svg(counts))
                .append("\n<figcaption>Findings by risk level</figcaption>\n</figure>\n</div>\n</section>\n");
    }

    private void appendSection(StringBuilder html, RenderedSection section) {
        chapter(html, section.anchor(), "writer-section", markdown.inline(section.title()));
        List<MarkdownToHtml.SubHeading> headings = new ArrayList<>();
        String body = markdown.section(section.markdown(), section.anchor(), headings);
        headings.stream().filter(h -> h.level() <= 4)
                .forEach(h -> toc.add(new TocEntry(h.id(), Html.escape(h.text()), h.level() - 1)));
        html.append(body).append("</section>\n");
    }

    private void appendSummary(StringBuilder html) {
        chapter(html, "summary", "summary", "Summary of findings");
        if (report.findings().isEmpty()) {
            html.append("<p>No findings.</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"summary-table\">\n<thead><tr><th class=\"index\">#</th><th>Finding</th>")
                .append("<th>Risk</th><th>CVSS score</th><th>Category</th><th>Status</th></tr></thead>\n<tbody>\n");
        for (RenderedFinding f : report.findings()) {
            html.append("<tr><td class=\"index\">").append(f.number()).append("</td><td><a href=\"#")
                    .append(f.anchor()).append("\">").append(markdown.inline(f.title())).append("</a></td><td>")
                    .append(HtmlFinding.badge(f)).append("</td><td>").append(HtmlFinding.cell(Cvss.of(f).score()))
                    .append("</td><td>").append(HtmlFinding.cell(f.category())).append("</td><td>")
                    .append(f.status().label()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void appendFindings(StringBuilder html) {
        chapter(html, "findings", "findings", "Findings");
        for (RenderedFinding f : report.findings()) {
            toc.add(new TocEntry(f.anchor(), "<span class=\"toc-number\">" + f.number() + ".</span> "
                    + markdown.inline(f.title()), 2));
            findings.append(html, f);
        }
        html.append("</section>\n");
    }
}

package io.github.dossier.output;

import io.github.dossier.report.RenderedFinding;
import io.github.dossier.template.Section;

/**
 * One finding's section: a numbered heading, the header block (risk, CVSS, category, status),
 * the affected systems as a table, then the template's four parts.
 */
final class HtmlFinding {

    private final MarkdownToHtml markdown;

    HtmlFinding(MarkdownToHtml markdown) {
        this.markdown = markdown;
    }

    void append(StringBuilder html, RenderedFinding f) {
        html.append("<section class=\"finding risk-").append(f.risk().slug()).append("\" id=\"").append(f.anchor())
                .append("\">\n<h3><span class=\"number\">").append(f.number()).append(".</span> ")
                .append(markdown.inline(f.title())).append("</h3>\n");
        appendMeta(html, f);
        if (!f.affected().isEmpty()) {
            html.append("<h4 class=\"affected-heading\">Affected system").append(f.affected().size() == 1 ? "" : "s")
                    .append("</h4>\n<table class=\"affected\"><thead><tr><th class=\"index\">#</th><th>System</th>")
                    .append("</tr></thead><tbody>\n");
            for (int i = 0; i < f.affected().size(); i++) {
                html.append("<tr><td class=\"index\">").append(i + 1).append("</td><td>")
                        .append(Html.escape(f.affected().get(i))).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append("<h4>Description</h4>\n<div class=\"description\">\n")
                .append(markdown.block(f.section(Section.Kind.DESCRIPTION))).append("</div>\n");
        part(html, "Impact: " + f.impact().label(), f.section(Section.Kind.IMPACT));
        part(html, "Likelihood: " + f.likelihood().label(), f.section(Section.Kind.LIKELIHOOD));
        part(html, "Recommendation", f.section(Section.Kind.RECOMMENDATION));
        html.append("</section>\n");
    }

    private static void appendMeta(StringBuilder html, RenderedFinding f) {
        Cvss cvss = Cvss.of(f);
        html.append("<table class=\"finding-meta\"><tbody>\n<tr><th>Risk</th><td>").append(badge(f))
                .append("</td><th>CVSS score</th><td>").append(cell(cvss.score())).append("</td></tr>\n")
                .append("<tr><th>Impact</th><td>").append(f.impact().label()).append("</td><th>Likelihood</th><td>")
                .append(f.likelihood().label()).append("</td></tr>\n<tr><th>Category</th><td>")
                .append(cell(f.category())).append("</td><th>Status</th><td>").append(f.status().label())
                .append("</td></tr>\n");
        if (!cvss.vector().isEmpty()) {
            html.append("<tr><th>CVSS vector</th><td colspan=\"3\" class=\"vector\">").append(Html.escape(cvss.vector()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private void part(StringBuilder html, String heading, String body) {
        html.append("<h4>").append(Html.escape(heading)).append("</h4>\n").append(markdown.block(body));
    }

    static String badge(RenderedFinding f) {
        return "<span class=\"risk risk-" + f.risk().slug() + "\">" + f.risk().label() + "</span>";
    }

    static String cell(String value) {
        return value.isBlank() ? "—" : Html.escape(value);
    }
}

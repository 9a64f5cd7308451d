package io.github.dossier.output;

import io.github.dossier.render.MarkdownEscaper;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.Report;

/**
 * Report metadata: which template, from which library and version, every finding came from, so a
 * report can be traced and rebuilt. Printed as a last appendix; left out when no finding's
 * library is known.
 */
final class SourcesAppendix {

    static final String TITLE = "Appendix: finding sources";

    private SourcesAppendix() {
    }

    static String markdown(Report report) {
        if (!known(report)) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## " + TITLE + "\n\n| # | Finding | Template | Library |\n"
                + "|---|---|---|---|\n");
        for (RenderedFinding f : report.findings()) {
            md.append("| ").append(f.number()).append(" | ").append(f.title()).append(" | ")
                    .append(MarkdownEscaper.escape(f.templateId())).append(" | ")
                    .append(MarkdownEscaper.escape(f.library().label())).append(" |\n");
        }
        return md.toString();
    }

    static String html(Report report) {
        if (!known(report)) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"sources\">\n<h2 id=\"sources\">" + TITLE
                + "</h2>\n<table class=\"sources-table\">\n<thead><tr><th>#</th><th>Finding</th><th>Template</th>"
                + "<th>Library</th></tr></thead>\n<tbody>\n");
        for (RenderedFinding f : report.findings()) {
            html.append("<tr data-library=\"").append(Html.escape(f.library().name())).append("\" data-version=\"")
                    .append(Html.escape(f.library().version())).append("\"><td>").append(f.number())
                    .append("</td><td>").append(Html.escape(f.plainTitle())).append("</td><td>")
                    .append(Html.escape(f.templateId())).append("</td><td>").append(Html.escape(f.library().label()))
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static boolean known(Report report) {
        return !report.findings().isEmpty() && report.findings().stream().noneMatch(f -> f.library().name().isEmpty());
    }
}

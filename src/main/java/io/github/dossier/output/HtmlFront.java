package io.github.dossier.output;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.engagement.Revision;
import java.util.List;

/** The cover page and the document control table. */
final class HtmlFront {

    private HtmlFront() {
    }

    static void cover(StringBuilder html, EngagementInfo info, String logo, boolean draft) {
        html.append("<section class=\"cover\" id=\"cover\">\n");
        if (!logo.isEmpty()) {
            html.append("<div class=\"logo\"><img src=\"").append(logo).append("\" alt=\"Logo\" /></div>\n");
        }
        if (!info.classification().isBlank()) {
            html.append("<p class=\"classification\">").append(Html.escape(info.classification())).append("</p>\n");
        }
        html.append("<p class=\"client\">").append(Html.escape(info.client())).append("</p>\n<h1>")
                .append(Html.escape(info.title())).append("</h1>\n");
        if (draft) {
            html.append("<p class=\"draft-banner\">DRAFT — unresolved markup is highlighted</p>\n");
        }
        html.append("<table class=\"cover-details\"><tbody>\n");
        ReportMarkdown.coverDetails(info).forEach(d -> row(html, d));
        html.append("</tbody></table>\n</section>\n");
    }

    static void documentControl(StringBuilder html, EngagementInfo info) {
        html.append("<section class=\"document-control\" id=\"document-control\">\n<h2>Document control</h2>\n")
                .append("<table class=\"details\"><tbody>\n");
        ReportMarkdown.documentDetails(info).forEach(d -> row(html, d));
        html.append("</tbody></table>\n");
        List<Revision> history = history(info);
        if (!history.isEmpty()) {
            html.append("<h3 id=\"version-history\">Version history</h3>\n<table class=\"history\"><thead><tr>")
                    .append("<th>Version</th><th>Date</th><th>Author</th><th>Changes</th></tr></thead><tbody>\n");
            for (Revision r : history) {
                html.append("<tr><td>").append(Html.escape(r.version())).append("</td><td>")
                        .append(Html.escape(r.date())).append("</td><td>").append(Html.escape(r.author()))
                        .append("</td><td>").append(Html.escape(r.changes().strip()).replace("\n", "<br />"))
                        .append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append("</section>\n");
    }

    /** The descriptor's history, or one row for the current version when it gives none. */
    static List<Revision> history(EngagementInfo info) {
        if (!info.history().isEmpty() || info.version().isBlank()) {
            return info.history();
        }
        return List.of(new Revision(info.version(), info.date(), String.join(", ", info.authors()), ""));
    }

    private static void row(StringBuilder html, ReportMarkdown.Detail detail) {
        html.append("<tr><th>").append(detail.label()).append("</th><td>").append(Html.escape(detail.value().strip()))
                .append("</td></tr>\n");
    }
}

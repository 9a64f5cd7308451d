package io.github.dossier.output.html;

import io.github.dossier.document.Block;
import io.github.dossier.document.Cell;
import io.github.dossier.document.Column;
import io.github.dossier.document.ContentsEntry;
import io.github.dossier.document.Field;
import io.github.dossier.document.Image;
import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Each kind of block as HTML, appended to one page. */
final class HtmlBlocks implements Block.Visitor {

    private final StringBuilder html;
    private final HtmlMarkdown markdown;
    private final Function<String, String> images;

    HtmlBlocks(StringBuilder html, HtmlMarkdown markdown, Function<String, String> images) {
        this.html = html;
        this.markdown = markdown;
        this.images = images;
    }

    @Override
    public void visit(Block.Heading h) {
        String tag = "h" + Math.min(6, h.level() + 1);
        html.append('<').append(tag);
        if (h.id() != null) {
            html.append(" id=\"").append(Html.escape(h.id())).append('"');
        }
        html.append('>');
        if (!h.number().isEmpty()) {
            html.append("<span class=\"number\">").append(Html.escape(h.number())).append("</span> ");
        }
        html.append(markdown.inline(h.text())).append("</").append(tag).append(">\n");
    }

    @Override
    public void visit(Block.Paragraph p) {
        String cssClass = switch (p.role()) {
            case LEAD -> " class=\"summary-sentence\"";
            case NOTICE -> " class=\"draft-banner\"";
            case BODY -> "";
        };
        html.append("<p").append(cssClass).append('>').append(markdown.inline(p.text())).append("</p>\n");
    }

    @Override
    public void visit(Block.Fields f) {
        fields(f.name(), f.perRow(), f.fields(), f.fullWidth());
    }

    /** Label and value pairs, {@code perRow} to a row; full-width pairs span the row. */
    void fields(String name, int perRow, List<Field> fields, List<Field> fullWidth) {
        if (fields.isEmpty() && fullWidth.isEmpty()) {
            return;
        }
        html.append("<table class=\"fields ").append(name).append("\"><tbody>\n");
        for (int i = 0; i < fields.size(); i += perRow) {
            html.append("<tr>");
            for (Field f : fields.subList(i, Math.min(fields.size(), i + perRow))) {
                html.append("<th>").append(Html.escape(f.label())).append("</th><td>").append(cell(f.value()))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        for (Field f : fullWidth) {
            html.append("<tr><th>").append(Html.escape(f.label())).append("</th><td colspan=\"")
                    .append(2 * perRow - 1).append("\">").append(cell(f.value())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    @Override
    public void visit(Block.Table t) {
        html.append("<table class=\"grid ").append(t.name()).append("\">\n<colgroup>");
        t.columns().forEach(c -> html.append("<col class=\"w").append(c.width()).append("\" />"));
        html.append("</colgroup>\n<thead><tr>");
        for (Column c : t.columns()) {
            html.append(c.numeric() ? "<th class=\"num\">" : "<th>").append(Html.escape(c.header())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            html.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                html.append(t.columns().get(i).numeric() ? "<td class=\"num\">" : "<td>").append(cell(row.get(i)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private String cell(Cell cell) {
        if (cell.risk() != null) {
            return badge(cell.risk());
        }
        return markdown.inline(cell.content());
    }

    static String badge(Risk risk) {
        return "<span class=\"risk risk-" + risk.slug() + "\">" + Html.escape(risk.label()) + "</span>";
    }

    @Override
    public void visit(Block.MarkdownPart part) {
        html.append(markdown.block(part.content()));
    }

    @Override
    public void visit(Block.Figure figure) {
        String src = images.apply(figure.image());
        html.append("<figure class=\"evidence\" id=\"figure-").append(figure.number()).append("\">");
        if (src == null) {
            html.append("<span class=\"missing-image\">[image not embedded: ")
                    .append(Html.escape(figure.caption().isEmpty() ? figure.image() : figure.caption()))
                    .append("]</span>");
        } else {
            html.append("<img src=\"").append(Html.escape(src)).append("\" alt=\"")
                    .append(Html.escape(figure.caption())).append("\" />");
        }
        html.append("<figcaption>").append(Html.escape(figure.label())).append("</figcaption></figure>\n");
    }

    @Override
    public void visit(Block.Chart chart) {
        html.append("<div class=\"risk-overview\">\n<table class=\"chart-counts ").append(chart.name())
                .append("-counts\"><thead><tr><th>").append(Html.escape(chart.labelHeader()))
                .append("</th><th class=\"count\">").append(Html.escape(chart.countHeader()))
                .append("</th></tr></thead><tbody>\n");
        for (Block.Chart.Bar bar : chart.bars()) {
            String label = bar.risk() != null ? badge(bar.risk()) : "<span class=\"risk\" style=\"background-color: #"
                    + bar.colour() + ";\">" + Html.escape(bar.label()) + "</span>";
            html.append("<tr><td>").append(label).append("</td><td class=\"count\">").append(bar.count())
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<figure class=\"chart\">\n").append(HtmlChart.svg(chart))
                .append("\n<figcaption>").append(Html.escape(chart.caption())).append("</figcaption>\n</figure>\n")
                .append("</div>\n");
    }

    @Override
    public void visit(Block.Contents contents) {
        html.append("<nav class=\"toc\">\n<ol class=\"toc-1\">\n");
        List<ContentsEntry> entries = contents.entries();
        int depth = 1;
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry e = entries.get(i);
            int level = Math.min(e.level(), depth + 1);
            for (; depth < level; depth++) {
                html.append("<ol class=\"toc-").append(depth + 1).append("\">\n");
            }
            for (; depth > level; depth--) {
                html.append("</ol></li>\n");
            }
            html.append("<li class=\"toc-").append(level).append("\"><a href=\"#").append(Html.escape(e.id()))
                    .append("\">");
            if (!e.number().isEmpty()) {
                html.append("<span class=\"toc-number\">").append(Html.escape(e.number())).append("</span> ");
            }
            html.append(markdown.inline(e.title())).append("</a>");
            int next = i + 1 < entries.size() ? Math.min(entries.get(i + 1).level(), level + 1) : 1;
            if (next <= level) {
                html.append("</li>\n");
            } else {
                html.append('\n');
            }
        }
        for (; depth > 1; depth--) {
            html.append("</ol></li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    @Override
    public void visit(Block.PageBreak pageBreak) {
        html.append("<div class=\"page-break\"></div>\n");
    }

    @Override
    public void visit(Block.Group group) {
        html.append("<section class=\"").append(group.name());
        if (group.accent() != null) {
            html.append(" risk-").append(group.accent().slug());
        }
        html.append('"');
        if (group.id() != null) {
            html.append(" id=\"").append(Html.escape(group.id())).append('"');
        }
        html.append(">\n");
        group.blocks().forEach(b -> b.accept(this));
        html.append("</section>\n");
    }

    /** The {@code src} of an image: a data URI of its bytes. */
    static String dataUri(Image image) {
        return "data:" + image.mediaType() + ";base64," + java.util.Base64.getEncoder().encodeToString(image.data());
    }
}

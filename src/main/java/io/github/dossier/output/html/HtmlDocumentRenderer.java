package io.github.dossier.output.html;

import io.github.dossier.document.Block;
import io.github.dossier.document.Chapter;
import io.github.dossier.document.Cover;
import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentRenderer;
import io.github.dossier.document.Field;
import io.github.dossier.document.Image;
import io.github.dossier.document.PageFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code report.html}: the document as one self-contained page. Styles are inline, images are
 * embedded as data URIs, nothing is loaded from anywhere else, and all text is escaped. The PDF
 * is laid out from this same page.
 */
public final class HtmlDocumentRenderer implements DocumentRenderer {

    private final String stylesheet;
    private final Function<Image, String> imageSource;

    private HtmlDocumentRenderer(Builder builder) {
        this.stylesheet = builder.stylesheet;
        this.imageSource = builder.imageSource;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The renderer's options; {@link #build()} freezes them. */
    public static final class Builder {
        private String stylesheet = "";
        private Function<Image, String> imageSource = HtmlBlocks::dataUri;

        private Builder() {
        }

        /** The user's CSS, applied after the built-in styles. */
        public Builder stylesheet(String css) {
            this.stylesheet = Objects.requireNonNull(css, "css");
            return this;
        }

        /** How an image becomes its {@code src}; by default a data URI of its bytes. */
        public Builder imageSource(Function<Image, String> source) {
            this.imageSource = Objects.requireNonNull(source, "source");
            return this;
        }

        public HtmlDocumentRenderer build() {
            return new HtmlDocumentRenderer(this);
        }
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(page(document));
        writer.flush();
    }

    /** The whole page. */
    public String page(Document document) {
        Function<String, String> images = name -> {
            Image image = document.images().get(name);
            return image == null ? null : imageSource.apply(image);
        };
        HtmlMarkdown markdown = new HtmlMarkdown(images);
        StringBuilder body = new StringBuilder(1 << 16);
        HtmlBlocks blocks = new HtmlBlocks(body, markdown, images);
        cover(body, document.cover(), blocks);
        for (Chapter chapter : document.chapters()) {
            body.append("<section class=\"chapter ").append(chapter.name()).append(chapter.newPage() ? " new-page" : "")
                    .append("\" id=\"").append(Html.escape(chapter.id())).append("\">\n<h2>")
                    .append(markdown.inline(chapter.title())).append("</h2>\n");
            chapter.blocks().forEach(b -> b.accept(blocks));
            body.append("</section>\n");
        }
        StringBuilder html = new StringBuilder(body.length() + 32768);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(document.info().language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append(ContentPolicy.META)
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<meta name=\"generator\" content=\"Dossier\" />\n<title>")
                .append(Html.escape(document.info().title())).append("</title>\n<style>\n").append(Stylesheet.css())
                .append(columnWidths(document)).append("</style>\n");
        if (!stylesheet.isEmpty()) {
            html.append("<style class=\"user-stylesheet\">\n").append(stylesheet.replace("</", "<\\/"))
                    .append("\n</style>\n");
        }
        html.append("</head>\n<body").append(document.info().draft() ? " class=\"draft\"" : "").append(">\n");
        running(html, "running-header", document.frame().header());
        running(html, "running-footer", document.frame().footer());
        html.append("<main>\n").append(body).append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void cover(StringBuilder html, Cover cover, HtmlBlocks blocks) {
        html.append("<section class=\"cover\" id=\"cover\">\n");
        if (cover.logo() != null) {
            html.append("<div class=\"logo\"><img src=\"").append(HtmlBlocks.dataUri(cover.logo()))
                    .append("\" alt=\"Logo\" /></div>\n");
        }
        if (!cover.label().isEmpty()) {
            html.append("<p class=\"classification\">").append(Html.escape(cover.label())).append("</p>\n");
        }
        html.append("<p class=\"client\">").append(Html.escape(cover.client())).append("</p>\n<h1>")
                .append(Html.escape(cover.title())).append("</h1>\n");
        if (!cover.notice().isEmpty()) {
            html.append("<p class=\"draft-banner\">").append(Html.escape(cover.notice())).append("</p>\n");
        }
        List<Field> fields = new ArrayList<>(cover.parties());
        fields.addAll(cover.details());
        blocks.fields("cover-details", 1, fields, List.of());
        html.append("</section>\n");
    }

    /** The PDF's running header or footer (hidden on screen): left and right parts in a table row. */
    private static void running(StringBuilder html, String cssClass, PageFrame.Line line) {
        html.append("<div class=\"").append(cssClass).append("\"><table class=\"running\"><tr><td class=\"left\">");
        line.left().forEach(p -> part(html, p));
        html.append("</td><td class=\"right\">");
        line.right().forEach(p -> part(html, p));
        html.append("</td></tr></table></div>\n");
    }

    private static void part(StringBuilder html, PageFrame.Part part) {
        switch (part.kind()) {
            case MARK -> html.append("<span class=\"mark\">").append(Html.escape(part.text())).append("</span>");
            case PAGE -> html.append("<span class=\"page\">").append(Html.escape(part.text())
                    .replace("{page}", "<span class=\"page-number\"></span>")
                    .replace("{pages}", "<span class=\"page-count\"></span>")).append("</span>");
            case TEXT -> html.append("<span class=\"text\">").append(Html.escape(part.text())).append("</span>");
        }
    }

    /** A rule per column width the tables use, so the page needs no inline styles. */
    private static String columnWidths(Document document) {
        Set<Integer> widths = new TreeSet<>();
        document.chapters().forEach(c -> collectWidths(c.blocks(), widths));
        StringBuilder css = new StringBuilder();
        widths.forEach(w -> css.append("col.w").append(w).append(" { width: ").append(w).append("%; }\n"));
        return css.toString();
    }

    private static void collectWidths(List<Block> blocks, Set<Integer> widths) {
        for (Block block : blocks) {
            if (block instanceof Block.Table table) {
                table.columns().forEach(c -> widths.add(c.width()));
            } else if (block instanceof Block.Group group) {
                collectWidths(group.blocks(), widths);
            }
        }
    }
}

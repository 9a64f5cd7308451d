package io.github.dossier.output.html;

import io.github.dossier.document.Block;
import io.github.dossier.document.Chapter;
import io.github.dossier.document.Cover;
import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentRenderer;
import io.github.dossier.document.Field;
import io.github.dossier.document.Image;
import io.github.dossier.document.PageFrame;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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

    /** Writes the page block by block, so a long report is never held whole. */
    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(document, Part.whole(document), writer);
        writer.flush();
    }

    /** The whole page. */
    public String page(Document document) {
        return page(document, Part.whole(document));
    }

    /** A page holding part of the document. */
    public String page(Document document, Part part) {
        StringWriter page = new StringWriter(1 << 16);
        try {
            write(document, part, page);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return page.toString();
    }

    /**
     * Part of the document on a page of its own, for the PDF, which lays a long document out in
     * slices: the cover or not, and some chapters, the first of which may continue a chapter begun
     * on the part before (then without its heading and anchor, and not starting a page).
     *
     * @param cover whether the page has the cover
     * @param chapters the chapters, or the stretches of them, in order
     * @param continues whether the first chapter continues one begun before
     */
    public record Part(boolean cover, List<Chapter> chapters, boolean continues) {
        public Part {
            chapters = List.copyOf(chapters);
        }

        /** The whole document. */
        public static Part whole(Document document) {
            return new Part(true, document.chapters(), false);
        }
    }

    private void write(Document document, Part part, Writer out) throws IOException {
        Function<String, String> images = name -> {
            Image image = document.images().get(name);
            return image == null ? null : imageSource.apply(image);
        };
        HtmlMarkdown markdown = new HtmlMarkdown(images);
        StringBuilder html = new StringBuilder(1 << 12);
        HtmlBlocks blocks = new HtmlBlocks(html, markdown, images);
        head(html, document);
        running(html, "running-header", document.frame().header());
        running(html, "running-footer", document.frame().footer());
        html.append("<main>\n");
        if (part.cover()) {
            cover(html, document.cover(), blocks);
        }
        boolean continued = part.continues();
        for (Chapter chapter : part.chapters()) {
            chapterStart(html, markdown, chapter, continued);
            continued = false;
            for (Block block : chapter.blocks()) {
                block.accept(blocks);
                out.append(html);
                html.setLength(0);
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        out.append(html);
    }

    private void head(StringBuilder html, Document document) {
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
    }

    private static void chapterStart(StringBuilder html, HtmlMarkdown markdown, Chapter chapter, boolean continued) {
        html.append("<section class=\"chapter ").append(chapter.name());
        if (continued) {
            html.append(" continued\">\n");
            return;
        }
        html.append(chapter.newPage() ? " new-page" : "").append("\" id=\"").append(Html.escape(chapter.id()))
                .append("\">\n<h2>").append(markdown.inline(chapter.title())).append("</h2>\n");
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

package io.github.dossier.output.html;

import io.github.dossier.document.DraftMark;
import io.github.dossier.document.Inline;
import io.github.dossier.document.MarkdownSyntax;
import io.github.dossier.document.PlainText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The document's Markdown as HTML. Raw HTML from templates and values is escaped, never passed
 * through; unsafe link schemes are dropped; a line break inside a paragraph stays a line break
 * (the library's house style); images are inlined from the document or shown as their
 * description, never fetched; draft marks are highlighted; a heading is set at its level in the
 * document (chapters are {@code h2}).
 */
final class HtmlMarkdown {

    private final HtmlRenderer renderer;

    /** @param images the {@code src} of each image the document embeds, by name */
    HtmlMarkdown(Function<String, String> images) {
        this.renderer = HtmlRenderer.builder().extensions(MarkdownSyntax.extensions())
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(LinkPolicy.SCHEMES)
                .softbreak("<br />\n")
                .nodeRendererFactory(DraftMarks::new)
                .nodeRendererFactory(context -> new Images(context, images))
                .nodeRendererFactory(Headings::new)
                .build();
    }

    /** Block HTML for a stretch of Markdown. */
    String block(Node content) {
        return renderer.render(content);
    }

    /** Inline HTML for a line of content. */
    String inline(Inline inline) {
        StringBuilder sb = new StringBuilder();
        for (Node child = inline.node().getFirstChild(); child != null; child = child.getNext()) {
            sb.append(renderer.render(child));
        }
        return sb.toString();
    }

    /**
     * Attributes in the order written. Not {@code Map.of}: its iteration order changes from one
     * JVM run to the next, and the page must be byte-identical for the same inputs.
     */
    static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    /** {@code <mark class="unresolved">URL</mark>}. */
    private static final class DraftMarks implements NodeRenderer {
        private final HtmlWriter html;

        DraftMarks(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(DraftMark.class);
        }

        @Override
        public void render(Node node) {
            html.tag("mark", attributes("class", "unresolved", "title", "unresolved in draft mode"));
            html.text(((DraftMark) node).content());
            html.tag("/mark");
        }
    }

    /** Document images become their {@code src}; any other image is shown as its description only. */
    private static final class Images implements NodeRenderer {
        private final HtmlWriter html;
        private final Function<String, String> images;

        Images(HtmlNodeRendererContext context, Function<String, String> images) {
            this.html = context.getWriter();
            this.images = images;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String alt = PlainText.of(image);
            String src = images.apply(image.getDestination());
            if (src == null) {
                html.tag("span", attributes("class", "missing-image"));
                html.text("[image not embedded: " + (alt.isEmpty() ? image.getDestination() : alt) + "]");
                html.tag("/span");
                return;
            }
            html.tag("img", attributes("src", src, "alt", alt), true);
        }
    }

    /** A heading of level n in the document is {@code h(n+1)}: the cover's title is the only {@code h1}. */
    private static final class Headings implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        Headings(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Heading.class);
        }

        @Override
        public void render(Node node) {
            String tag = "h" + Math.min(6, ((Heading) node).getLevel() + 1);
            HtmlWriter html = context.getWriter();
            html.line();
            html.tag(tag);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}

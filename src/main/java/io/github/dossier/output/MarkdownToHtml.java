package io.github.dossier.output;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders resolved Markdown to HTML for the report page. Raw HTML from templates and values is
 * escaped, never passed through; unsafe link schemes ({@code javascript:}, {@code data:}, …)
 * are dropped; a line break inside a paragraph stays a line break (the library's house style);
 * images are inlined from the evidence or shown as their description, never fetched. An evidence image alone in its
 * paragraph is a figure, numbered in the order rendered: one instance renders one document.
 */
final class MarkdownToHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Map<String, String> images;
    private final Map<Heading, String> headingIds = new IdentityHashMap<>();
    private int figures;

    /** A heading inside a writer's section, for the table of contents. */
    record SubHeading(String id, String text, int level) {
    }

    /** @param images data URIs of the evidence, by the name the Markdown uses */
    MarkdownToHtml(Map<String, String> images) {
        this.parser = Parser.builder().extensions(EXTENSIONS)
                .customInlineContentParserFactory(new DraftMarkParser.Factory())
                .build();
        this.renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(LinkPolicy.SCHEMES)
                .softbreak("<br />\n")
                .nodeRendererFactory(DraftMarkRenderer::new)
                .nodeRendererFactory(context -> new ImageRenderer(context, images))
                .nodeRendererFactory(context -> new FigureRenderer(context, images))
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading && headingIds.containsKey(heading)) {
                        attributes.put("id", headingIds.get(heading));
                    }
                })
                .build();
        this.images = images;
    }

    /** Block HTML for a Markdown fragment. */
    String block(String markdown) {
        Node document = parser.parse(markdown);
        markFigures(document);
        return renderer.render(document);
    }

    /**
     * Block HTML for a writer's section: its headings move one level down, under the chapter
     * heading, and get ids starting with {@code anchor} that {@code collected} receives.
     */
    String section(String markdown, String anchor, List<SubHeading> collected) {
        Node document = parser.parse(markdown);
        markFigures(document);
        Set<String> used = new java.util.HashSet<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
                String text = PlainText.of(heading);
                String id = unique(anchor + "-" + Slug.of(text), used);
                headingIds.put(heading, id);
                collected.add(new SubHeading(id, text, heading.getLevel()));
            }
        }
        return renderer.render(document);
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = id + "-" + i;
        }
        return candidate;
    }

    /** Replaces each paragraph that holds only an evidence image with a numbered figure. */
    private void markFigures(Node document) {
        Figures.find(document, images).forEach(paragraph -> {
            Image image = (Image) paragraph.getFirstChild();
            paragraph.insertAfter(new Figure(image.getDestination(), PlainText.of(image), ++figures));
            paragraph.unlink();
        });
    }

    /** Inline HTML for a one-line Markdown fragment (no surrounding paragraph). */
    String inline(String markdown) {
        Node document = parser.parse(markdown);
        Node first = document.getFirstChild();
        if (first instanceof Paragraph && first.getNext() == null) {
            StringBuilder sb = new StringBuilder();
            for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
                sb.append(renderer.render(child));
            }
            return sb.toString();
        }
        return renderer.render(document).strip();
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
    private static final class DraftMarkRenderer implements NodeRenderer {
        private final HtmlWriter html;

        DraftMarkRenderer(HtmlNodeRendererContext context) {
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

    /** Evidence images become data URIs; any other image is shown as its description only. */
    private static final class ImageRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final Map<String, String> images;

        ImageRenderer(HtmlNodeRendererContext context, Map<String, String> images) {
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
            String data = images.get(image.getDestination());
            if (data == null) {
                html.tag("span", Map.of("class", "missing-image"));
                html.text("[image not embedded: " + (alt.isEmpty() ? image.getDestination() : alt) + "]");
                html.tag("/span");
                return;
            }
            html.tag("img", attributes("src", data, "alt", alt), true);
        }
    }
}

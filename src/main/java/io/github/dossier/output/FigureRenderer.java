package io.github.dossier.output;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** {@code <figure>}: the image, then "Figure N: caption". */
final class FigureRenderer implements NodeRenderer {
    private final HtmlWriter html;
    private final Map<String, String> images;

    FigureRenderer(HtmlNodeRendererContext context, Map<String, String> images) {
        this.html = context.getWriter();
        this.images = images;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Figure.class);
    }

    @Override
    public void render(Node node) {
        Figure figure = (Figure) node;
        html.line();
        html.tag("figure", MarkdownToHtml.attributes("class", "evidence", "id", "figure-" + figure.number()));
        html.tag("img", MarkdownToHtml.attributes("src", images.get(figure.destination()), "alt", figure.caption()), true);
        html.tag("figcaption");
        html.text(figure.label());
        html.tag("/figcaption");
        html.tag("/figure");
        html.line();
    }
}

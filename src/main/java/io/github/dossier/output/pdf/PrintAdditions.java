package io.github.dossier.output.pdf;

import io.github.dossier.document.Block;
import io.github.dossier.document.Chapter;
import io.github.dossier.document.ContentsEntry;
import io.github.dossier.document.Document;
import io.github.dossier.document.PageFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * What the PDF adds to the page: its stylesheet ({@code pdf.css}: fonts, page boxes, running
 * header and footer, contents page numbers) and paper size, bookmarks that follow the document's
 * outline, and the chart as HTML bars (the layout engine draws no SVG).
 */
final class PrintAdditions {

    private static final String CSS = load();

    private static final String MARGIN_BOX = "vertical-align: top; padding-top: 3mm; font-family: \"DejaVu Sans\";"
            + " font-size: 7.5pt; color: #5b6475; white-space: nowrap;";

    private PrintAdditions() {
    }

    static void apply(org.jsoup.nodes.Document page, Document document) {
        page.head().appendElement("style").attr("class", "pdf").appendText(css(document)
                + pageNumbers(document.frame().footer().right(), "bottom-right")
                + pageNumbers(document.frame().header().right(), "top-right"));
        charts(page, document.chapters());
        bookmarks(page.head().appendElement("bookmarks"), document);
    }

    /** The stylesheet and paper size, without page numbers. */
    static String css(Document document) {
        return CSS + "\n@page { size: " + document.info().pageSize().css() + "; }\n";
    }

    /** Each chart of {@code chapters}, in order, as HTML bars in place of its SVG. */
    static void charts(org.jsoup.nodes.Document page, List<Chapter> chapters) {
        Iterator<Block.Chart> charts = chapters.stream().flatMap(c -> c.blocks().stream())
                .filter(Block.Chart.class::isInstance).map(Block.Chart.class::cast).iterator();
        for (Element svg : page.select("svg.chart-bars")) {
            if (charts.hasNext()) {
                svg.replaceWith(bars(charts.next()));
            }
        }
    }

    /**
     * The page number in a margin box of its own, where the engine sets it in reading order (in
     * the running element its digits would come last in the text a reader copies).
     */
    private static String pageNumbers(List<PageFrame.Part> parts, String box) {
        StringBuilder css = new StringBuilder();
        for (PageFrame.Part part : parts) {
            if (part.kind() == PageFrame.Kind.PAGE) {
                String content = ("\"" + part.text().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                        .replace("{pages}", "\" counter(pages) \"").replace("{page}", "\" counter(page) \"");
                // the engine keeps one declaration block per margin box: all of it here
                css.append("@page { @").append(box).append(" { content: ").append(content).append("; ")
                        .append(MARGIN_BOX).append(" } }\n")
                        .append("@page :first { @").append(box).append(" { content: none; } }\n");
            }
        }
        return css.toString();
    }

    /** One bookmark per outline line, nested by level. */
    private static void bookmarks(Element root, Document document) {
        Deque<Element> parents = new ArrayDeque<>();
        parents.push(root);
        Deque<Integer> levels = new ArrayDeque<>();
        levels.push(0);
        for (ContentsEntry e : document.outline()) {
            while (levels.peek() >= e.level()) {
                levels.pop();
                parents.pop();
            }
            Element bookmark = parents.peek().appendElement("bookmark").attr("name", e.plain())
                    .attr("href", "#" + e.id());
            parents.push(bookmark);
            levels.push(e.level());
        }
    }

    private static Element bars(Block.Chart chart) {
        int max = chart.max();
        Element table = new Element("table").addClass("bar-chart");
        Element body = table.appendElement("tbody");
        for (Block.Chart.Bar bar : chart.bars()) {
            int n = bar.count();
            Element row = body.appendElement("tr");
            row.appendElement("td").addClass("bar-label").text(bar.label());
            Element cell = row.appendElement("td").addClass("bar-cell");
            cell.appendElement("span").addClass("bar").attr("style", "width: " + (n == 0 ? 0 : Math.max(2, n * 80
                    / max)) + "%; background-color: #" + bar.colour() + ";").appendText("\u00a0");
            cell.appendElement("span").addClass("bar-count").text(String.valueOf(n));
        }
        return table;
    }

    private static String load() {
        try (InputStream in = PrintAdditions.class.getResourceAsStream("pdf.css")) {
            if (in == null) {
                throw new IllegalStateException("pdf.css is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pdf.css from the plugin jar", e);
        }
    }
}

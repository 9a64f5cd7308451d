package io.github.dossier.output.pdf;

import io.github.dossier.output.OutputException;
import io.github.dossier.output.PageSize;
import io.github.dossier.output.RiskPalette;
import io.github.dossier.report.Report;
import io.github.dossier.risk.Risk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the PDF adds to the page: its stylesheet ({@code pdf.css}: fonts, page boxes, running
 * header and footer, contents page numbers) and paper size, bookmarks that follow the contents,
 * and the chart as HTML bars (the layout engine draws no SVG).
 */
final class PrintAdditions {

    private static final String CSS = load();

    private PrintAdditions() {
    }

    static void apply(Document page, Report report, PageSize pageSize) {
        page.head().appendElement("style").attr("class", "pdf").appendText(CSS
                + "\n@page { size: " + pageSize.css() + "; }\n");
        Element chart = page.selectFirst("svg.risk-chart");
        if (chart != null) {
            chart.replaceWith(bars(RiskPalette.counts(report.findings())));
        }
        Element bookmarks = page.head().appendElement("bookmarks");
        bookmarks.appendElement("bookmark").attr("name", "Cover").attr("href", "#cover");
        bookmarks.appendElement("bookmark").attr("name", "Document control").attr("href", "#document-control");
        bookmarks.appendElement("bookmark").attr("name", "Contents").attr("href", "#contents");
        Element toc = page.selectFirst("nav.toc > ol");
        if (toc != null) {
            addBookmarks(toc, bookmarks);
        }
    }

    /** One bookmark per contents entry, nested the same way. */
    private static void addBookmarks(Element list, Element parent) {
        for (Element item : list.children()) {
            Element link = item.selectFirst("> a");
            if (link == null) {
                continue;
            }
            Element bookmark = parent.appendElement("bookmark").attr("name", link.text())
                    .attr("href", link.attr("href"));
            Element nested = item.selectFirst("> ol");
            if (nested != null) {
                addBookmarks(nested, bookmark);
            }
        }
    }

    private static Element bars(Map<Risk, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        Element table = new Element("table").addClass("bar-chart");
        Element body = table.appendElement("tbody");
        counts.forEach((risk, n) -> {
            Element row = body.appendElement("tr");
            row.appendElement("td").addClass("bar-label").text(risk.label());
            Element cell = row.appendElement("td").addClass("bar-cell");
            cell.appendElement("span").addClass("bar").attr("style", "width: " + (n == 0 ? 0 : Math.max(2, n * 80
                    / max)) + "%; background-color: #" + RiskPalette.hex(risk) + ";").appendText("\u00a0");
            cell.appendElement("span").addClass("bar-count").text(String.valueOf(n));
        });
        return table;
    }

    private static String load() {
        try (InputStream in = PrintAdditions.class.getResourceAsStream("pdf.css")) {
            if (in == null) {
                throw new IllegalStateException("pdf.css is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputException("cannot read pdf.css from the plugin jar", e);
        }
    }
}

package io.github.dossier.output.html;

import io.github.dossier.document.Block;
import java.util.stream.Collectors;

/**
 * A chart's bars as inline SVG: one horizontal bar per risk level or retest status, its label
 * on the left and its count at the end. No script, no external reference.
 */
final class HtmlChart {

    private static final int WIDTH = 520;
    private static final int LABEL_WIDTH = 118;
    private static final int BAR_SPACE = 340;
    private static final int ROW = 30;
    private static final int BAR = 20;

    private HtmlChart() {
    }

    static String svg(Block.Chart chart) {
        int max = chart.max();
        int height = chart.bars().size() * ROW + 8;
        String summary = Html.escape(chart.caption() + ": " + chart.bars().stream().map(b -> b.label() + " "
                + b.count()).collect(Collectors.joining(", ")));
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg class=\"").append(chart.name()).append("-chart chart-bars\" xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(summary).append("\">\n")
                .append("<title>").append(summary).append("</title>\n");
        int y = 4;
        for (Block.Chart.Bar bar : chart.bars()) {
            int width = Math.max(bar.count() == 0 ? 0 : 3, bar.count() * BAR_SPACE / max);
            int textY = y + BAR / 2 + 5;
            svg.append("<text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1d2330\">").append(Html.escape(bar.label()))
                    .append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(BAR).append("\" rx=\"2\" fill=\"#")
                    .append(bar.colour()).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + width + 8).append("\" y=\"").append(textY)
                    .append("\" font-size=\"14\" font-weight=\"bold\" fill=\"#1d2330\">").append(bar.count())
                    .append("</text>\n");
            y += ROW;
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"0\" x2=\"").append(LABEL_WIDTH)
                .append("\" y2=\"").append(height).append("\" stroke=\"#5b6475\" stroke-width=\"1\"/>\n</svg>");
        return svg.toString();
    }
}

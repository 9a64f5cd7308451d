package io.github.dossier.output.html;

import io.github.dossier.document.RiskPalette;
import io.github.dossier.risk.Risk;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The executive summary's bar chart as inline SVG: one horizontal bar per risk level, its label
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

    static String svg(Map<Risk, Integer> counts) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int height = counts.size() * ROW + 8;
        String summary = counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg class=\"risk-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"Findings by risk: ").append(summary).append("\">\n")
                .append("<title>Findings by risk: ").append(summary).append("</title>\n");
        int y = 4;
        for (Map.Entry<Risk, Integer> e : counts.entrySet()) {
            int width = max == 0 ? 0 : Math.max(e.getValue() == 0 ? 0 : 3, e.getValue() * BAR_SPACE / max);
            int textY = y + BAR / 2 + 5;
            svg.append("<text x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1d2330\">").append(e.getKey().label())
                    .append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(width).append("\" height=\"").append(BAR).append("\" rx=\"2\" fill=\"#")
                    .append(RiskPalette.hex(e.getKey())).append("\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + width + 8).append("\" y=\"").append(textY)
                    .append("\" font-size=\"14\" font-weight=\"bold\" fill=\"#1d2330\">").append(e.getValue())
                    .append("</text>\n");
            y += ROW;
        }
        svg.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"0\" x2=\"").append(LABEL_WIDTH)
                .append("\" y2=\"").append(height).append("\" stroke=\"#5b6475\" stroke-width=\"1\"/>\n</svg>");
        return svg.toString();
    }
}

package io.github.dossier.output.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.document.RiskPalette;
import io.github.dossier.risk.Risk;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Risk colours are the same everywhere: the page's stylesheet, the chart and the Word document. */
class RiskColoursTest {

    @ParameterizedTest
    @EnumSource(Risk.class)
    void theStylesheetUsesThePalettesColour(Risk risk) {
        String hex = "#" + RiskPalette.hex(risk);
        assertThat(Stylesheet.css()).contains(".risk.risk-" + risk.slug() + " { background: " + hex + "; }")
                .contains(".finding.risk-" + risk.slug() + " { border-left-color: " + hex + "; }");
    }

    @Test
    void theChartUsesThePalette() {
        Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
        List<Risk> shown = List.of(Risk.CRITICAL, Risk.HIGH, Risk.MEDIUM, Risk.LOW, Risk.INFORMATIONAL);
        shown.forEach(r -> counts.put(r, 1));
        String svg = HtmlChart.svg(new io.github.dossier.document.Block.Chart("risk", RiskPalette.bars(counts), "Risk",
                "Findings", "Findings by risk level"));
        for (Risk risk : shown) {
            assertThat(svg).contains("fill=\"#" + RiskPalette.hex(risk) + "\"");
        }
        assertThat(svg).doesNotContain("<script");
    }
}

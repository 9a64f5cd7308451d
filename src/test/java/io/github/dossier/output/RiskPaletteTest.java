package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.risk.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Risk colours are the same everywhere: the page's stylesheet, the chart and the Word document. */
class RiskPaletteTest {

    @ParameterizedTest
    @EnumSource(Risk.class)
    void theStylesheetUsesThePalettesColour(Risk risk) {
        String hex = "#" + RiskPalette.hex(risk);
        assertThat(Stylesheet.css()).contains(".risk.risk-" + risk.slug() + " { background: " + hex + "; }")
                .contains(".finding.risk-" + risk.slug() + " { border-left-color: " + hex + "; }");
    }

    @Test
    void theChartUsesThePalette() {
        String svg = RiskChart.svg(RiskPalette.counts(java.util.List.of()));
        for (Risk risk : java.util.List.of(Risk.CRITICAL, Risk.HIGH, Risk.MEDIUM, Risk.LOW, Risk.INFORMATIONAL)) {
            assertThat(svg).contains("fill=\"#" + RiskPalette.hex(risk) + "\"");
        }
        assertThat(svg).doesNotContain("<script");
    }

    @Test
    void summarySentence() {
        assertThat(SummaryText.sentence(RiskPalette.counts(java.util.List.of())))
                .isEqualTo("The assessment identified no findings.");
    }
}

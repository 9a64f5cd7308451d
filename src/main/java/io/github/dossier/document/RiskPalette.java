package io.github.dossier.document;

import io.github.dossier.report.RenderedFinding;
import io.github.dossier.risk.Risk;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The colour of each risk level, the same in every format: the page's stylesheet uses these
 * values (a test keeps them equal), the chart and the Word document take them from here.
 */
public final class RiskPalette {

    private static final Map<Risk, String> COLOURS = new EnumMap<>(Map.of(
            Risk.CRITICAL, "6A1B9A", Risk.HIGH, "C62828", Risk.MEDIUM, "E65100", Risk.LOW, "2E7D32",
            Risk.INFORMATIONAL, "1565C0", Risk.NOT_APPLICABLE, "757575"));

    /** The levels every summary shows, highest first; N/A only when a finding has it. */
    private static final List<Risk> SHOWN = List.of(Risk.CRITICAL, Risk.HIGH, Risk.MEDIUM, Risk.LOW,
            Risk.INFORMATIONAL);

    /** The colour of each retest status, by its slug. */
    private static final Map<String, String> STATUS_COLOURS = Map.of("fixed", "2E7D32", "partially-fixed", "E65100",
            "open", "C62828", "accepted", "1565C0", "not-retested", "757575");

    private RiskPalette() {
    }

    /** A retest status's colour ({@code fixed} green, {@code open} red …), six hex digits. */
    public static String statusHex(String status) {
        return STATUS_COLOURS.getOrDefault(status, "757575");
    }

    /** Findings per level as the bars of a chart. */
    public static java.util.List<Block.Chart.Bar> bars(Map<Risk, Integer> counts) {
        return counts.entrySet().stream().map(e -> new Block.Chart.Bar(e.getKey().label(), e.getValue(),
                hex(e.getKey()), e.getKey())).toList();
    }

    /** The colour as six upper-case hex digits, without {@code #}. */
    public static String hex(Risk risk) {
        return COLOURS.get(risk);
    }

    /** Findings per level, highest first, every standard level present (zero or not). */
    static Map<Risk, Integer> counts(List<RenderedFinding> findings) {
        Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
        SHOWN.forEach(r -> counts.put(r, 0));
        findings.forEach(f -> counts.merge(f.risk(), 1, Integer::sum));
        return counts;
    }
}

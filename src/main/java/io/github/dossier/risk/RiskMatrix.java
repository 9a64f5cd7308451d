package io.github.dossier.risk;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Maps impact and likelihood to risk. The default is the model our users' tools use:
 * Impact + Likelihood − 3 on Low=2, Medium=3, High=4. A descriptor may replace it cell by cell.
 */
public final class RiskMatrix {

    private static final Level[] SCORED = {Level.LOW, Level.MEDIUM, Level.HIGH};

    private final Map<Level, Map<Level, Risk>> cells;

    private RiskMatrix(Map<Level, Map<Level, Risk>> cells) {
        this.cells = cells;
    }

    /** Impact + Likelihood − 3. */
    public static RiskMatrix standard() {
        Map<Level, Map<Level, Risk>> cells = new EnumMap<>(Level.class);
        for (Level impact : SCORED) {
            Map<Level, Risk> row = new EnumMap<>(Level.class);
            for (Level likelihood : SCORED) {
                row.put(likelihood, Risk.ofRank(impact.weight() + likelihood.weight() - 3));
            }
            cells.put(impact, row);
        }
        return new RiskMatrix(cells);
    }

    /** A copy of this matrix with one cell replaced. */
    public RiskMatrix with(Level impact, Level likelihood, Risk risk) {
        Objects.requireNonNull(risk, "risk");
        if (impact == Level.NOT_APPLICABLE || likelihood == Level.NOT_APPLICABLE) {
            throw new IllegalArgumentException("N/A has no cell in the risk matrix");
        }
        Map<Level, Map<Level, Risk>> copy = new EnumMap<>(Level.class);
        cells.forEach((k, v) -> copy.put(k, new EnumMap<>(v)));
        copy.get(impact).put(likelihood, risk);
        return new RiskMatrix(copy);
    }

    /** The risk for a finding; N/A when either level is N/A. */
    public Risk riskOf(Level impact, Level likelihood) {
        if (impact == Level.NOT_APPLICABLE || likelihood == Level.NOT_APPLICABLE) {
            return Risk.NOT_APPLICABLE;
        }
        return cells.get(impact).get(likelihood);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskMatrix other && cells.equals(other.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }
}

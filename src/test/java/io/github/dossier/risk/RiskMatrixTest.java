package io.github.dossier.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standard matrix is exactly the table in docs/risk.md: Impact + Likelihood − 3. */
class RiskMatrixTest {

    @ParameterizedTest(name = "impact {0}, likelihood {1}: {2}")
    @CsvSource({
        "HIGH, LOW, MEDIUM", "HIGH, MEDIUM, HIGH", "HIGH, HIGH, CRITICAL",
        "MEDIUM, LOW, LOW", "MEDIUM, MEDIUM, MEDIUM", "MEDIUM, HIGH, HIGH",
        "LOW, LOW, INFORMATIONAL", "LOW, MEDIUM, LOW", "LOW, HIGH, MEDIUM",
        "NOT_APPLICABLE, HIGH, NOT_APPLICABLE", "HIGH, NOT_APPLICABLE, NOT_APPLICABLE"})
    void standardCells(Level impact, Level likelihood, Risk risk) {
        assertThat(RiskMatrix.standard().riskOf(impact, likelihood)).isEqualTo(risk);
    }

    @ParameterizedTest(name = "replacing impact {0}, likelihood {1} leaves the other cells")
    @CsvSource({"HIGH, LOW", "LOW, LOW", "MEDIUM, HIGH"})
    void aReplacedCellChangesOnlyItself(Level impact, Level likelihood) {
        RiskMatrix changed = RiskMatrix.standard().with(impact, likelihood, Risk.CRITICAL);
        for (Level i : new Level[] {Level.LOW, Level.MEDIUM, Level.HIGH}) {
            for (Level l : new Level[] {Level.LOW, Level.MEDIUM, Level.HIGH}) {
                Risk expected = i == impact && l == likelihood ? Risk.CRITICAL : RiskMatrix.standard().riskOf(i, l);
                assertThat(changed.riskOf(i, l)).isEqualTo(expected);
            }
        }
        assertThatThrownBy(() -> changed.with(Level.NOT_APPLICABLE, Level.LOW, Risk.LOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.github.dossier.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.spelling.SpellingSettings.Mode;
import org.junit.jupiter.api.Test;

/** The goals' spelling parameters. */
class SpellingSettingsTest {

    @Test
    void modeAndDisabledRulesFromTheParameters() {
        assertThat(SpellingSettings.parse(null, null, Mode.AUTO)).isEqualTo(new SpellingSettings(Mode.AUTO,
                java.util.Set.of()));
        assertThat(SpellingSettings.parse(" TRUE ", "THIS_NNS, ,EN_A_VS_AN", Mode.OFF)).isEqualTo(
                new SpellingSettings(Mode.ON, java.util.Set.of("EN_A_VS_AN", "THIS_NNS")));
        assertThat(SpellingSettings.parse("false", "", Mode.AUTO).mode()).isEqualTo(Mode.OFF);
        assertThat(SpellingSettings.parse("auto", null, Mode.OFF).mode()).isEqualTo(Mode.AUTO);
    }

    @Test
    void anythingElseNamesTheParameter() {
        assertThatThrownBy(() -> SpellingSettings.parse("yes", null, Mode.OFF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<spelling>/-Ddossier.spelling is 'yes' — use true, false or auto");
    }
}

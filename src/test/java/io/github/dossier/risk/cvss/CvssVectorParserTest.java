package io.github.dossier.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.CvssSeverity;
import io.github.dossier.risk.cvss.CvssFormatException.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading CVSS values: what is accepted, and a message naming the metric for everything else. */
class CvssVectorParserTest {

    @ParameterizedTest(name = "''{0}'' fails: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H   | AV:X is not a CVSS 3.1 value; expected N, A, L or P
            CVSS:3.0/AV:N/AC:M/PR:N/UI:N/S:U/C:H/I:H/A:H   | AC:M is not a CVSS 3.0 value; expected L or H
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | UI:R is not a CVSS 4.0 value; expected N, P or A
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSC:S | MSC:S is not a CVSS 4.0 value; expected X, H, L or N
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:A | E:A is not a CVSS 3.1 value; expected X, H, F, P or U
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AT:N | 'AT' is not a CVSS 3.1 metric
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O | 'RL' is not a CVSS 4.0 metric
            CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H | AV appears twice in the CVSS 3.1 vector
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H       | the CVSS 3.1 vector lacks the mandatory metric S
            CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H    | the CVSS 4.0 vector lacks the mandatory metrics AT, SC, SI and SA
            CVSS:3.1                                       | the CVSS 3.1 vector lacks the mandatory metrics AV, AC, PR, UI, S, C, I and A
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/  | the CVSS 3.1 vector has an empty metric (two '/' in a row, or a '/' at the end)
            CVSS:3.1/AV:N/ACL/PR:N/UI:N/S:U/C:H/I:H/A:H    | 'ACL' in the CVSS 3.1 vector is not a metric
            CVSS:2.0/AV:N/AC:L/Au:N/C:C/I:C/A:C            | 'CVSS:2.0' is not a CVSS version Dossier reads
            cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H   | 'cvss:3.1' is not a CVSS version Dossier reads
            AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H            | this is a CVSS 3.1 vector without its prefix
            AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | this is a CVSS 4.0 vector without its prefix
            CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | this is a CVSS 4.0 vector, not 3.1: its metrics are those of CVSS 4.0
            CVSS:4.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H   | this is a CVSS 3.1 vector, not 4.0: its metrics are those of CVSS 3.1
            AV:N/AC:L/PR:N                                 | 'AV:N/AC:L/PR:N' is not a CVSS score or vector
            10.5                                           | '10.5' is not a CVSS score or vector
            5.35                                           | '5.35' is not a CVSS score or vector
            TBD                                            | 'TBD' is not a CVSS score or vector
            """)
    void malformedValueNamesWhatIsWrong(String value, String message) {
        assertThatThrownBy(() -> CvssReader.read(value)).isInstanceOf(CvssFormatException.class)
                .extracting(e -> ((CvssFormatException) e).faults().get(0).message()).isEqualTo(message);
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        assertThatThrownBy(() -> CvssReader.read("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:Q"))
                .isInstanceOf(CvssFormatException.class)
                .extracting(e -> ((CvssFormatException) e).faults().stream().map(Fault::message).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("AV:X is not a CVSS 3.1 value; expected N, A, L or P",
                        "I:Q is not a CVSS 3.1 value; expected H, L or N",
                        "the CVSS 3.1 vector lacks the mandatory metric A");
    }

    @Test
    void hintsPointAtTheFix() {
        assertThat(hint("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo("values are case-sensitive: write AV:N");
        assertThat(hint("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isEqualTo("X (Not Defined) is only for optional metrics; AV is a base metric and needs a value");
        assertThat(hint("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).startsWith("did you mean 'AV'?");
        assertThat(hint("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H")).isEqualTo(
                "a CVSS 3.1 vector needs AV, AC, PR, UI, S, C, I and A");
        assertThat(hint("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isEqualTo("start it with CVSS:3.1/: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        assertThat(hint("AV:N/AC:L/PR:N")).isEqualTo(
                "start the vector with its version, CVSS:3.1/ or CVSS:4.0/, and give every base metric");
    }

    @Test
    void aVersionFourVectorWithoutItsPrefixIsRecognisedByItsMetrics() {
        String v4 = "AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
        assertThat(hint(v4)).isEqualTo("start it with CVSS:4.0/: CVSS:4.0/" + v4);
        // following the old advice (a CVSS:3.1/ prefix) gives one fault naming the version, not one per metric
        assertThatThrownBy(() -> CvssReader.read("CVSS:3.1/" + v4)).isInstanceOf(CvssFormatException.class)
                .extracting(e -> ((CvssFormatException) e).faults())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(new Fault("this is a CVSS 4.0 vector, not 3.1: its metrics are those of CVSS 4.0",
                        "start it with CVSS:4.0/: CVSS:4.0/" + v4));
        assertThat(CvssReader.read("CVSS:4.0/" + v4).orElseThrow().score()).isEqualTo(9.3);
    }

    @Test
    void plainScoresAndNotApplicable() {
        assertThat(CvssReader.read("N/A")).isEmpty();
        assertThat(CvssReader.read("n/a")).isEmpty();
        assertThat(CvssReader.read("  ")).isEmpty();
        assertThat(CvssReader.read("5.3")).contains(CvssScore.plain(5.3));
        assertThat(CvssReader.read("4")).hasValueSatisfying(s -> {
            assertThat(s.score()).isEqualTo(4.0);
            assertThat(s.severity()).isEqualTo(CvssSeverity.MEDIUM);
            assertThat(s.hasVector()).isFalse();
            assertThat(s.scoreType()).isEqualTo("given");
        });
        assertThat(CvssReader.read("10.0").orElseThrow().severity()).isEqualTo(CvssSeverity.CRITICAL);
        assertThat(CvssReader.read("0").orElseThrow().severity()).isEqualTo(CvssSeverity.NONE);
    }

    @Test
    void metricsMayComeInAnyOrderAndNotDefinedIsAllowedWhereOptional() {
        CvssScore reordered = CvssReader.read("CVSS:3.1/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N/S:U/E:X").orElseThrow();
        assertThat(reordered.score()).isEqualTo(9.8);
        assertThat(reordered.scoreType()).isEqualTo("base");
        assertThat(reordered.vector()).isEqualTo("CVSS:3.1/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N/S:U/E:X");
    }

    @Test
    void scoreTypeFollowsTheMetricGroupsPresent() {
        String v3 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H";
        assertThat(CvssReader.read(v3).orElseThrow()).extracting(CvssScore::score, CvssScore::scoreType)
                .containsExactly(9.6, "base");
        assertThat(CvssReader.read(v3 + "/E:U/RL:O").orElseThrow()).extracting(CvssScore::score,
                CvssScore::baseScore, CvssScore::scoreType).containsExactly(8.3, 9.6, "temporal");
        assertThat(CvssReader.read(v3 + "/CR:L/IR:L/AR:L").orElseThrow().scoreType()).isEqualTo("environmental");
        String v4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
        assertThat(CvssReader.read(v4).orElseThrow().scoreType()).isEqualTo("CVSS-B");
        assertThat(CvssReader.read(v4 + "/E:U").orElseThrow()).extracting(CvssScore::scoreType, CvssScore::baseScore)
                .containsExactly("CVSS-BT", 9.3);
        assertThat(CvssReader.read(v4 + "/CR:L").orElseThrow().scoreType()).isEqualTo("CVSS-BE");
        assertThat(CvssReader.read(v4 + "/E:P/MAV:L").orElseThrow().scoreType()).isEqualTo("CVSS-BTE");
        assertThat(CvssReader.read(v4 + "/U:Red/E:X").orElseThrow().scoreType()).isEqualTo("CVSS-B");
    }

    @ParameterizedTest(name = "{0} rates {1}")
    @CsvSource({"0.0, NONE", "0.1, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM", "7.0, HIGH", "8.9, HIGH",
        "9.0, CRITICAL", "10.0, CRITICAL"})
    void qualitativeSeverityScale(double score, CvssSeverity severity) {
        assertThat(CvssSeverity.of(score)).isEqualTo(severity);
    }

    private static String hint(String value) {
        try {
            CvssReader.read(value);
        } catch (CvssFormatException e) {
            return e.faults().get(0).hint();
        }
        throw new AssertionError(value + " was accepted");
    }
}

package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.CvssSeverity;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CVSS values in a whole engagement: located errors, scores on the findings, and ordering by score. */
class CvssInReportTest {

    private static final String V31_HIGH = "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N";

    @TempDir
    Path dir;

    private ProjectFixture project(String cvss) {
        return new ProjectFixture(dir).template("01_web/xss", "category: APP\ncvss: " + cvss, "Cross-Site Scripting",
                "Script runs.", "Medium", "Medium");
    }

    private static String descriptor(String findings) {
        return ProjectFixture.header() + "findings:\n" + findings;
    }

    @Test
    void aBadMetricInTheDescriptorIsLocatedAtItsCvssValue() {
        ProjectFixture p = project("N/A").descriptor(descriptor(
                "  - template: 01_web/xss\n    cvss: CVSS:3.1/AV:X/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N\n"));
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:8:11: AV:X is not a CVSS 3.1 value; expected N, A, L or P"
                                + " (finding '01_web/xss') — X (Not Defined) is only for optional metrics; AV is a"
                                + " base metric and needs a value"));
    }

    @Test
    void aBadVectorInTheTemplateIsLocatedInItsFrontMatter() {
        ProjectFixture p = project("\"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N\"")
                .descriptor(descriptor("  - template: 01_web/xss\n"));
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/findings/01_web/xss.md:3:7: the CVSS 4.0 vector lacks the mandatory metric SA (finding"
                                + " '01_web/xss') — a CVSS 4.0 vector needs AV, AC, AT, PR, UI, VC, VI, VA, SC, SI"
                                + " and SA"));
    }

    @Test
    void aSlotInTheFrontMatterIsLocatedAtTheValueFillingIt() {
        ProjectFixture p = project("\"{==CVSS==}\"").descriptor(descriptor(
                "  - template: 01_web/xss\n    values:\n      CVSS: CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N/E:Z\n"));
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).singleElement().asString()
                        .startsWith("src/engagement/engagement.yaml:9:7: E:Z is not a CVSS 3.1 value"));
    }

    @Test
    void malformedVectorsFailDraftBuildsToo() {
        ProjectFixture p = project("\"CVSS:3.1/AV:N\"").descriptor(descriptor("  - template: 01_web/xss\n"));
        assertThatThrownBy(() -> p.build(new RenderSettings(true, false))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUndecidedScoreInTheDescriptorIsUnresolved() {
        ProjectFixture p = project("N/A").descriptor(descriptor("  - template: 01_web/xss\n    cvss: TBC\n"));
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:8:11: cvss is not decided yet ('TBC') (finding '01_web/xss')"
                                + " — give the finding's 'cvss:' a real value"));
        Report draft = p.build(new RenderSettings(true, false));
        assertThat(draft.findings().get(0).parsedCvss()).isEmpty();
        assertThat(draft.problems()).extracting(Problem::message)
                .contains("unresolved: cvss is not decided yet ('TBC') (finding '01_web/xss')");
    }

    @Test
    void eachFindingCarriesItsParsedScore() {
        Report report = project("\"6.1\"").template("02_net/smb", "category: NET\ncvss: N/A", "SMB Signing", "x",
                "Low", "Low").descriptor(descriptor("  - template: 01_web/xss\n    cvss: " + V31_HIGH
                        + "\n  - template: 01_web/xss\n    key: plain\n  - template: 02_net/smb\n")).build();
        RenderedFinding vector = report.findings().get(0);
        assertThat(vector.cvss()).isEqualTo(V31_HIGH);
        assertThat(vector.parsedCvss()).hasValueSatisfying(s -> {
            assertThat(s.version()).isEqualTo("3.1");
            assertThat(s.vector()).isEqualTo(V31_HIGH);
            assertThat(s.score()).isEqualTo(6.8);
            assertThat(s.severity()).isEqualTo(CvssSeverity.MEDIUM);
        });
        assertThat(report.findings().get(1).parsedCvss()).contains(CvssScore.plain(6.1));
        assertThat(report.findings().get(2).cvss()).isEqualTo("N/A");
        assertThat(report.findings().get(2).parsedCvss()).isEmpty();
    }

    @Test
    void equalRisksAreOrderedByCvssScoreThenDescriptorOrder() {
        ProjectFixture p = project("N/A").descriptor(descriptor(
                "  - template: 01_web/xss\n    key: none\n"
                        + "  - template: 01_web/xss\n    key: low\n    cvss: \"3.1\"\n"
                        + "  - template: 01_web/xss\n    key: v4\n"
                        + "    cvss: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\n"
                        + "  - template: 01_web/xss\n    key: also-low\n    cvss: \"3.1\"\n"
                        + "  - template: 01_web/xss\n    key: high\n    impact: High\n    cvss: \"2.0\"\n"));
        assertThat(p.build().findings()).extracting(RenderedFinding::key)
                .containsExactly("high", "v4", "low", "also-low", "none");
    }
}

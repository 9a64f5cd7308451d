package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.risk.Level;
import io.github.dossier.risk.Risk;
import io.github.dossier.testing.ProjectFixture;
import io.github.dossier.testing.Rendered;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution rules of SPEC §3 across a whole engagement: ordering, numbering, overrides, references. */
class ReportBuilderTest {

    @TempDir
    Path dir;

    private ProjectFixture project() {
        return new ProjectFixture(dir)
                .template("01_net/open_ports", "category: NET\ncvss: \"5.3\"", "Open Ports",
                        "{==HOST==} exposes {many ports||one port}.", "Medium", "Medium")
                .template("02_web/sql_injection", "category: APP-DAT\ncvss: \"9.8\"", "SQL Injection",
                        "The parameter at {==URL==} is injectable; see {==XREF==}.", "High", "High")
                .template("02_web/missing_headers", "category: APP-CNF\ncvss: N/A", "Missing Headers",
                        "Headers are missing.", "Low", "Low");
    }

    @Test
    void findingsAreOrderedByRiskAndNumbered() {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "values:\n  HOST: gw.acme.example\n"
                + "findings:\n  - template: 02_web/missing_headers\n  - template: 01_net/open_ports\n"
                + "    affected: [gw.acme.example]\n  - template: sql injection\n    key: sqli\n"
                + "    values: {URL: /search, XREF: '@01_net/open_ports'}\n");
        Report report = p.build();
        assertThat(report.findings()).extracting(RenderedFinding::number, RenderedFinding::key, RenderedFinding::risk)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "sqli", Risk.CRITICAL),
                        org.assertj.core.groups.Tuple.tuple(2, "01_net/open_ports", Risk.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple(3, "02_web/missing_headers", Risk.INFORMATIONAL));
        assertThat(report.findings().get(0).section(FindingPart.DESCRIPTION)).isEqualTo(
                "The parameter at /search is injectable; see [2 (Open Ports)](#finding-01_net-open_ports).");
        assertThat(report.findings().get(1).section(FindingPart.DESCRIPTION))
                .isEqualTo("gw.acme.example exposes one port.");
    }

    @Test
    void descriptorOrderIsKeptWhenAsked() {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "  order: descriptor\nfindings:\n"
                + "  - template: 02_web/missing_headers\n  - template: 01_net/open_ports\n"
                + "    values: {HOST: h}\n");
        assertThat(p.build().findings()).extracting(RenderedFinding::templateId)
                .containsExactly("02_web/missing_headers", "01_net/open_ports");
    }

    @Test
    void overridesRewriteHeadingsAndRisk() {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "findings:\n"
                + "  - template: 02_web/missing_headers\n    impact: High\n    likelihood: medium\n"
                + "    category: APP-HDR\n    cvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N\n    status: fixed\n");
        RenderedFinding f = p.build().findings().get(0);
        assertThat(f.impact()).isEqualTo(Level.HIGH);
        assertThat(f.risk()).isEqualTo(Risk.HIGH);
        assertThat(f.category()).isEqualTo("APP-HDR");
        String md = Rendered.markdown(p.build());
        assertThat(md).contains("#### Impact: High\n\nImpact of Missing Headers.")
                .contains("#### Likelihood: Medium\n\n").doesNotContain("Impact: Low");
    }

    @Test
    void riskMatrixCanBeReplaced() {
        ProjectFixture p = project().descriptor(ProjectFixture.header()
                + "riskMatrix:\n  Low: {Low: Low}\nfindings:\n  - template: 02_web/missing_headers\n");
        assertThat(p.build().findings().get(0).risk()).isEqualTo(Risk.LOW);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "findings:\n"
                + "  - template: 01_net/open_prts\n  - template: 02_web/sql_injection\n"
                + "    values: {URL: /x, XREF: '@nothing', URK: 1}\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("the report cannot be built: 2 errors in src/engagement/engagement.yaml"
                    + " and its templates");
            assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                    "src/engagement/engagement.yaml:7:15: unknown template '01_net/open_prts' — did you mean"
                            + " '01_net/open_ports'?",
                    "src/engagement/engagement.yaml:9:23: @nothing refers to no finding (finding"
                            + " '02_web/sql_injection') — use the key of a finding in this report; write \\@ for a"
                            + " literal @");
            assertThat(e.problems()).extracting(Problem::toString).contains("src/engagement/engagement.yaml:9:41:"
                    + " value 'URK' matches nothing in template 02_web/sql_injection (finding '02_web/sql_injection')"
                    + " — did you mean 'URL'?");
        });
    }

    @Test
    void duplicateKeysAreAnError() {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "findings:\n"
                + "  - template: 02_web/missing_headers\n  - template: 02_web/missing_headers\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:8:15: a second finding with key '02_web/missing_headers'"
                                + " (the first is at line 7) — give each finding its own 'key:'; findings using the"
                                + " same template need one"));
    }

    @Test
    void ambiguousTitleListsBothIds() {
        ProjectFixture p = project().template("03_other/dup", "category: NET", "Open Ports", "x", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: open ports\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:7:15: the title 'open ports' belongs to 2 templates:"
                                + " 01_net/open_ports, 03_other/dup — name the template by its id"));
    }

    @Test
    void evidenceImagesAreCollected() {
        ProjectFixture p = project().bytes("src/engagement/evidence/shot.png", ProjectFixture.PNG)
                .template("04_x/shot", "category: NET", "Shot", "Proof:\n\n{==SCREENSHOT==}", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 04_x/shot\n    values:\n"
                        + "      SCREENSHOT: {image: evidence/shot.png, caption: The login page}\n");
        Report report = p.build();
        assertThat(report.evidence()).containsOnlyKeys("evidence/shot.png");
        assertThat(report.findings().get(0).section(FindingPart.DESCRIPTION))
                .isEqualTo("Proof:\n\n![The login page](<evidence/shot.png>)");
    }

    @Test
    void missingEvidenceFailsStrictAndShowsInDraft() {
        ProjectFixture p = project()
                .template("04_x/shot", "category: NET", "Shot", "Proof:\n\n{==SCREENSHOT==}", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 04_x/shot\n    values:\n"
                        + "      SCREENSHOT: {image: evidence/none.png}\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:9:7: evidence file not found: evidence/none.png (finding"
                                + " '04_x/shot') — add the file, or fix the path (relative to the descriptor's folder)"));
        assertThat(p.build(new RenderSettings(true, false)).findings().get(0).section(FindingPart.DESCRIPTION))
                .isEqualTo("Proof:\n\n{==SCREENSHOT==}");
    }

    @Test
    void undecidedScoreFailsStrictMode() {
        ProjectFixture p = project().template("05_y/tba", "category: \"{==APP-DAT/NET==}\"\ncvss: \"TBA\"", "Tba",
                "x", "Low", "Low").descriptor(ProjectFixture.header() + "findings:\n  - template: 05_y/tba\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/findings/05_y/tba.md:2:11: category is not decided yet ('{==APP-DAT/NET==}') (finding"
                                + " '05_y/tba') — set 'category:' on the finding in the descriptor",
                        "src/findings/05_y/tba.md:3:7: cvss is not decided yet ('TBA') (finding '05_y/tba') — set"
                                + " 'cvss:' on the finding in the descriptor"));
    }

    @Test
    void undecidedOverridesFailStrictMode() {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "findings:\n"
                + "  - template: 02_web/missing_headers\n    category: TBA\n    cvss: tbc\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:8:15: category is not decided yet ('TBA') (finding"
                                + " '02_web/missing_headers') — give the finding's 'category:' a real value",
                        "src/engagement/engagement.yaml:9:11: cvss is not decided yet ('tbc') (finding"
                                + " '02_web/missing_headers') — give the finding's 'cvss:' a real value"));
    }

    @Test
    void aTemplateInTheLibrarysHouseStyleRenders() {
        // every construct of the users' library in one small template of our own
        String template = "---\ncategory: \"TBA\"\ncvss: \"TBA\"\n---\n### Weak Second Factor\n"
                + "The portal at {==URL==} sends one-time codes by e-mail during the {==LOGIN||UPDATE==} step.\n\n"
                + "Guidance on second factors is published at the following URL:\n\n"
                + "[https://www.example.org/guidance/second-factors]()\n"
                + "#### Impact: Medium\n"
                + "An attacker who reads the mailbox could {sign in as the users || sign in as the user}, and then"
                + " reach the {==CLIENT==} back office.\n"
                + "#### Likelihood: Low\n"
                + "The attacker first needs the password of {==CLIENT==} staff{==, and the reward is small==}.\n"
                + "#### Recommendation\nOffer an authenticator app instead.\n\n"
                + "{==OPTION==} Alternatively, issue hardware tokens to {==CLIENT==} staff.\n";
        ProjectFixture p = new ProjectFixture(dir).file("src/findings/web/weak_second_factor.md", template)
                .descriptor(ProjectFixture.header() + "values:\n  CLIENT: Acme Bank\nfindings:\n"
                        + "  - template: web/weak_second_factor\n    key: mfa\n    affected: [https://portal.acme.example]\n"
                        + "    values:\n      URL: https://portal.acme.example/login\n      LOGIN||UPDATE: 2\n"
                        + "    options: {1: false}\n"
                        + "    category: APP-CNF\n    cvss: CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N\n");
        Report report = p.build();
        RenderedFinding f = report.findings().get(0);
        assertThat(f.plainTitle()).isEqualTo("Weak Second Factor");
        assertThat(f.risk()).isEqualTo(Risk.LOW);
        String all = String.join("\n", List.of(f.section(FindingPart.DESCRIPTION), f.section(FindingPart.IMPACT),
                f.section(FindingPart.LIKELIHOOD), f.section(FindingPart.RECOMMENDATION)));
        assertThat(all).contains("The portal at https://portal.acme.example/login sends")
                .contains("during the UPDATE step")
                .contains("could sign in as the user, and then")
                .contains("reach the Acme Bank back office")
                .contains("staff, and the reward is small.")
                .contains("](<https://www.example.org/guidance/second-factors>)")
                .doesNotContain("{==").doesNotContain("||").doesNotContain("Alternatively");
        assertThat(report.problems()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("editorial text 1 \", and the reward is small\" printed as the template"
                        + " suggests (finding 'mfa')"));
    }
}

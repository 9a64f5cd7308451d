package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Severity;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings about a report that builds but would read wrong to its client. */
class ConsistencyTest {

    private static final String F = "src/engagement/engagement.yaml";

    @TempDir
    Path dir;

    /** Headers: impact High, likelihood High (risk Critical), CVSS 3.1 (Low). Entries start on line 7. */
    private ProjectFixture project(String findings) {
        return new ProjectFixture(dir)
                .template("web/headers", "category: APP\ncvss: \"3.1\"", "Missing Headers", "At {==URL==}.", "High",
                        "High")
                .template("web/tls", "category: NET\ncvss: \"5.3\"", "Weak TLS", "On the servers.", "Medium",
                        "Medium")
                .descriptor(ProjectFixture.header() + "findings:\n" + findings);
    }

    private List<String> warnings(ProjectFixture p) {
        return p.build().problems().stream().filter(x -> x.severity() == Severity.WARNING).map(Problem::toString)
                .toList();
    }

    @Test
    void theSameTemplateTwiceWithTheSameAffectedSystemsIsListedTwice() {
        ProjectFixture p = project("""
                  - {template: web/tls, key: tls-a, affected: [a.example, b.example]}
                  - {template: web/tls, key: tls-b, affected: [B.example, a.example]}
                  - {template: web/tls, key: tls-c, affected: [c.example]}
                """);

        assertThat(warnings(p)).containsExactly(F + ":8:16: finding 'tls-b' repeats template web/tls with the same"
                + " affected systems as finding 'tls-a' (line 7): the report lists it twice — remove one, or merge"
                + " their values and give each finding its own affected systems");
    }

    @Test
    void aRiskFarFromTheCvssSeverityNeedsARiskNote() {
        String finding = "  - template: web/headers\n    affected: [a.example]\n    values: {URL: /}\n";

        assertThat(warnings(project(finding))).containsExactly(F + ":7:5: finding 'web/headers' has risk Critical"
                + " (impact High, likelihood High) but CVSS 3.1, severity Low — check the impact, likelihood and CVSS;"
                + " if the difference is right, say why in 'risk_note:' on the finding");
        assertThat(warnings(project(finding + "    risk_note: the header protects an admin console\n"))).isEmpty();
        assertThat(warnings(project(finding + "    likelihood: Low\n"))).as("Medium against Low: one step apart")
                .isEmpty();
    }

    @Test
    void aFindingWithoutAffectedSystemsIsWarnedUnlessTheyAreNoneOnPurpose() {
        assertThat(warnings(project("  - web/tls\n"))).containsExactly(F + ":7:5: finding 'web/tls' has no affected"
                + " systems — list the hosts, URLs or components it affects under 'affected:', or write"
                + " 'affected: []' if it affects none");
        assertThat(warnings(project("  - {template: web/tls, affected: []}\n"))).isEmpty();
    }

    @Test
    void evidenceFilesThatNoValueNamesAreListed() {
        ProjectFixture p = project("  - template: web/tls\n    affected: [a.example]\n    values:\n"
                + "      SHOT: {image: evidence/used.png}\n")
                .bytes("src/engagement/evidence/used.png", ProjectFixture.PNG)
                .bytes("src/engagement/evidence/hosts/forgotten.png", ProjectFixture.PNG)
                .bytes("src/engagement/evidence/.gitkeep", new byte[0]);

        assertThat(warnings(p)).containsExactly(
                F + ":10:7: value 'SHOT' matches nothing in template web/tls (finding 'web/tls') — remove it, or check"
                        + " the template",
                "src/engagement/evidence/hosts/forgotten.png: no value names this evidence file — show it in a"
                        + " finding's values ({image: evidence/hosts/forgotten.png, caption: …}), or delete it");
    }

    @Test
    void anUnusedEngagementValueIsWarnedOnceHoweverManyFindings() {
        ProjectFixture p = project("").descriptor(ProjectFixture.header() + "values:\n  CLIENTNAME: Acme\nfindings:\n"
                + "  - {template: web/tls, key: a, affected: [a.example]}\n"
                + "  - {template: web/tls, key: b, affected: [b.example]}\n");

        assertThat(warnings(p)).containsExactly(F + ":7:3: engagement value 'CLIENTNAME' matches nothing in any"
                + " finding's template — remove it if unused");
    }
}

package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.history.Comparison;
import io.github.dossier.output.Format;
import io.github.dossier.output.OutputOptions;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code engagement.previous}: version 1.0's findings.json is written by the real writer, the
 * next version is built against it and compared finding by finding (docs/versions.md).
 */
class PreviousVersionTest {

    private static final String F = "src/engagement/engagement.yaml";

    @TempDir
    Path dir;

    private ProjectFixture project() {
        return new ProjectFixture(dir)
                .template("01_web/xss", "category: APP-INJ", "Reflected XSS", "The {==PARAM==} parameter echoes.",
                        "Medium", "High")
                .template("02_net/ssh", "category: NET", "SSH Banner", "The banner names the version.", "Low", "Low")
                .template("03_net/tls", "category: NET", "Weak TLS", "TLS 1.0 is accepted.", "Low", "Medium")
                .template("04_web/listing", "category: APP-CFG", "Directory Listing", "Folders are listed.", "Medium",
                        "Medium");
    }

    private static String header(String version, String extra) {
        return "engagement:\n  client: Acme Bank plc\n  title: Web Test\n  reference: ACME-1\n  version: \"" + version
                + "\"\n  date: 2026-11-20\n" + extra;
    }

    /** Version 1.0 (ssh, tls, xss), its findings.json written to releases/1.0/. */
    private ProjectFixture published() {
        ProjectFixture p = project().descriptor(header("1.0", "") + "findings:\n"
                + "  - template: 02_net/ssh\n    key: ssh\n"
                + "  - template: 03_net/tls\n    key: tls\n"
                + "  - template: 01_web/xss\n    key: xss\n    values: {PARAM: q}\n");
        ReportWriter.write(p.build(), OutputOptions.of(EnumSet.of(Format.JSON)), dir.resolve("releases/1.0"));
        return p;
    }

    private static final String PREVIOUS = "  previous: ../../releases/1.0/findings.json\n";

    @Test
    void addedRemovedReratedStatusAndTextAreListed() {
        ProjectFixture p = published().descriptor(header("1.1", PREVIOUS)
                + "removed:\n  ssh: Merged into the infrastructure report\n" + "findings:\n"
                + "  - template: 03_net/tls\n    key: tls\n    impact: High\n"
                + "  - template: 01_web/xss\n    key: xss\n    status: fixed\n    values: {PARAM: search term}\n"
                + "  - template: 04_web/listing\n    key: listing\n");

        Report report = p.build();
        Comparison changes = report.changesIfAny().orElseThrow();

        assertThat(report.inputs()).contains(dir.resolve("releases/1.0/findings.json"));
        assertThat(changes.previous().label()).isEqualTo("version 1.0");
        assertThat(changes.added()).containsExactly("listing");
        assertThat(changes.removed()).singleElement().satisfies(r -> {
            assertThat(r.finding().key()).isEqualTo("ssh");
            assertThat(r.reason()).isEqualTo("Merged into the infrastructure report");
        });
        assertThat(changes.changeOf("tls").orElseThrow().risk()).isEqualTo(new Comparison.Change("Low", "High"));
        Comparison.Changed xss = changes.changeOf("xss").orElseThrow();
        assertThat(xss.status()).isEqualTo(new Comparison.Change("open", "fixed"));
        assertThat(xss.risk()).isNull();
        assertThat(xss.text()).containsOnlyKeys("description");
        assertThat(xss.text().get("description").summary()).isEqualTo("2 words added, 1 removed: “q” → “search term”");
        assertThat(changes.count(Comparison.Kind.RERATED)).isEqualTo(1);
        assertThat(changes.retest()).isFalse();
    }

    @Test
    void theSameFindingsCompareEqual() {
        ProjectFixture p = published().descriptor(header("1.1", PREVIOUS) + "findings:\n"
                + "  - template: 02_net/ssh\n    key: ssh\n  - template: 03_net/tls\n    key: tls\n"
                + "  - template: 01_web/xss\n    key: xss\n    values: {PARAM: q}\n");

        Comparison changes = p.build().changesIfAny().orElseThrow();

        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.changed()).isEmpty();
    }

    @Test
    void aFindingLeftOutWithoutAReasonFailsAtPreviousAndWarnsInADraft() {
        ProjectFixture p = published().descriptor(header("1.1", PREVIOUS) + "findings:\n"
                + "  - template: 03_net/tls\n    key: tls\n  - template: 01_web/xss\n    key: xss\n"
                + "    values: {PARAM: q}\n");
        String expected = F + ":7:13: finding 'ssh' (SSH Banner) of version 1.0 is not in this version — add it back"
                + " to findings:, or say where it went: removed: {ssh: \"merged into …\"}";

        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(expected));
        Report draft = p.build(new RenderSettings(true, false));
        assertThat(draft.problems()).extracting(Problem::toString).contains(expected);
        assertThat(draft.changesIfAny().orElseThrow().removed()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEmpty());
    }

    @Test
    void removedNamesOnlyFindingsThePreviousVersionHadAndThisOneLeavesOut() {
        ProjectFixture p = published().descriptor(header("1.1", PREVIOUS)
                + "removed:\n  ssh: Gone\n  tls: Still here\n  xxs: Typo\n  listing:\n" + "findings:\n"
                + "  - template: 03_net/tls\n    key: tls\n  - template: 01_web/xss\n    key: xss\n"
                + "    values: {PARAM: q}\n");

        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        F + ":10:3: removed: names 'tls', which is still a finding of this version — remove it from"
                                + " removed: or from findings:",
                        F + ":11:3: removed: names 'xxs', which is not a finding of version 1.0 — did you mean"
                                + " 'xss'?",
                        F + ":12:11: removed.listing gives no reason — write removed: {key: \"where it went\"}, one"
                                + " entry per finding of the previous version that this version leaves out"));
    }

    @Test
    void aRetestNeedsEveryPreviousFindingsStatusAndCountsThem() {
        String findings = "findings:\n  - template: 02_net/ssh\n    key: ssh\n    status: accepted\n"
                + "  - template: 03_net/tls\n    key: tls\n    status: partially-fixed\n"
                + "  - template: 01_web/xss\n    key: xss\n    values: {PARAM: q}\n"
                + "  - template: 04_web/listing\n    key: listing\n";
        ProjectFixture p = published().descriptor(header("2.0", PREVIOUS + "  retest: true\n") + findings);

        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(F + ":16:5: finding 'xss' of"
                        + " version 1.0 has no retest status — add status: fixed, partially fixed, open, accepted or"
                        + " not retested to the finding"));

        p.descriptor(header("2.0", PREVIOUS + "  retest: true\n") + findings.replace("values: {PARAM: q}",
                "status: fixed\n    values: {PARAM: q}"));
        Report retest = p.build();
        assertThat(retest.isRetest()).isTrue();
        assertThat(retest.changesIfAny().orElseThrow().retestCounts()).isEqualTo(Map.of("fixed", 1,
                "partially-fixed", 1, "open", 0, "accepted", 1, "not-retested", 0));
        assertThat(retest.changesIfAny().orElseThrow().added()).containsExactly("listing");
    }

    /** A draft retest shows what is still open: a status not given, a removal without its reason. */
    @Test
    void aDraftRetestMarksWhatIsStillToBeGiven() throws Exception {
        ProjectFixture p = published().descriptor(header("2.0", PREVIOUS + "  retest: true\n") + "findings:\n"
                + "  - template: 03_net/tls\n    key: tls\n    status: fixed\n"
                + "  - template: 01_web/xss\n    key: xss\n    values: {PARAM: q}\n");
        Path out = dir.resolve("target/draft");

        ReportWriter.write(p.build(new RenderSettings(true, false)), OutputOptions.of(EnumSet.of(Format.MD)), out);

        String md = java.nio.file.Files.readString(out.resolve("report.md"));
        assertThat(md).contains("Of the 3 findings of version 1.0: 1 fixed, 0 partially fixed, 0 open, 0 accepted,"
                + " 0 not retested, 1 removed and 1 without a retest status yet. The retest found no new findings.",
                "| [1. Reflected XSS](#finding-xss) | High | High | {==TBC==} |",
                "| SSH Banner (3. in version 1.0) | Informational | — | Removed: {==TBC: no reason given==} |");
    }

    @Test
    void aRetestNeedsAPreviousVersion() {
        ProjectFixture p = project().descriptor(header("2.0", "  retest: true\n")
                + "findings:\n  - template: 02_net/ssh\n");

        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(F + ":7:11: engagement.retest"
                        + " needs the version it retests — add engagement.previous: with the previous version's"
                        + " findings.json (coordinates or a path)"));
    }

    @Test
    void aPreviousVersionThatIsNotAFindingsJsonOrOutsideTheProjectIsALocatedError() {
        ProjectFixture p = published().file("releases/notes.json", "{\"formatVersion\": 7}")
                .descriptor(header("1.1", "  previous: ../../releases/notes.json\n")
                        + "findings:\n  - template: 02_net/ssh\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).singleElement().asString()
                        .startsWith(F + ":7:13: the previous version ../../releases/notes.json ")
                        .endsWith("— name the findings.json that assemble wrote for that version"));

        p.descriptor(header("1.1", "  previous: ../../../elsewhere/findings.json\n")
                + "findings:\n  - template: 02_net/ssh\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).singleElement().asString()
                        .startsWith(F + ":7:13: "));
    }
}

package io.github.dossier.scan;

import static io.github.dossier.scan.ScanFixtures.trivy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading Trivy JSON (SchemaVersion 2): filters, targets, placeholder lists and refusing other JSON. */
class TrivyReaderTest {

    private final Problems problems = new Problems();

    private ScanMatch match(ScanRule rule) {
        return ScanFixtures.read(List.of(rule), problems, "api-image.json").match(rule, problems);
    }

    @Test
    void aPackageFilterNamesTheTargetsAndListsPackages() {
        ScanMatch m = match(trivy(Set.of(), Set.of("openssl", "libcrypto3"), Set.of(),
                new ScanRule.Listing(ScanRule.Kind.PACKAGES)));
        assertThat(m.results()).isEqualTo(3);
        assertThat(m.affected()).containsExactly("registry.acme.example/api:1.4 (alpine 3.19.1)");
        assertThat(m.placeholder()).containsExactly("libcrypto3 3.1.4-r2 (fixed in 3.1.4-r3)",
                "openssl 3.1.4-r2", "openssl 3.1.4-r2 (fixed in 3.1.4-r5)");
    }

    @Test
    void filtersCombineAndIdsCompareWithoutCase() {
        ScanMatch m = match(trivy(Set.of("CVE-2024-0727", "CVE-2023-5678"), Set.of("openssl"), Set.of("HIGH"),
                new ScanRule.Listing(ScanRule.Kind.VULNERABILITIES)));
        assertThat(m.placeholder()).containsExactly("CVE-2023-5678 in openssl 3.1.4-r2");
    }

    @Test
    void severitiesSelectAcrossTargetsWhateverTheFieldOrder() {
        ScanMatch m = match(trivy(Set.of(), Set.of(), Set.of("HIGH", "CRITICAL"),
                new ScanRule.Listing(ScanRule.Kind.TARGETS)));
        assertThat(m.affected()).containsExactly("app/package-lock.json",
                "registry.acme.example/api:1.4 (alpine 3.19.1)");
        assertThat(m.placeholder()).isEqualTo(m.affected());
    }

    @Test
    void theLogNotesWhatTheReportHeld() {
        match(trivy(Set.of(), Set.of("jsonwebtoken"), Set.of(), null));
        assertThat(problems.sorted()).extracting(Problem::toString)
                .containsExactly("scans/api-image.json: scan read: 3 targets, 4 vulnerabilities, 1 kept");
    }

    @Test
    void anotherSchemaVersionIsRefusedWhereItIsWritten() {
        assertThat(errors("{\"Results\": [],\n \"SchemaVersion\": 1}")).containsExactly(
                "t.json:2:19: Trivy SchemaVersion 1 is not supported; Dossier reads version 2 — run a current trivy"
                        + " with --format json");
        assertThat(errors("{\"Results\": []}")).containsExactly("t.json: not a Trivy report: it has no"
                + " SchemaVersion — run a current trivy with --format json");
    }

    @Test
    void brokenJsonIsALocatedError() {
        assertThat(errors("{\"SchemaVersion\": 2,\n \"Results\": [ {\"Target\": }]}")).singleElement().asString()
                .startsWith("t.json:2:").contains("the Trivy report is not valid JSON");
        assertThat(errors("[1, 2]")).containsExactly("t.json:1:1: a Trivy report is a JSON object — run trivy with"
                + " --format json");
    }

    private List<String> errors(String json) {
        Problems own = new Problems();
        assertThat(new TrivyReader(ScanInterest.of(List.of())).read(ScanFixtures.stream(json), "t.json",
                new ScanResults(), own)).isEmpty();
        return own.errors().stream().map(Problem::toString).toList();
    }
}

package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.testing.ProjectFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scan-driven findings (docs/scans.md): generation, affected lists, placeholders, toggles, and their errors. */
class ScanFindingsTest {

    private static final List<String> TLS_SERVICES = List.of("https://203.0.113.100", "https://MAIL01",
            "https://portal.acme.example", "https://portal.acme.example:8443", "smtp://MAIL01");

    @TempDir
    Path dir;

    private ProjectFixture project() throws IOException {
        return new ProjectFixture(dir)
                .bytes("src/engagement/scans/external.nessus", resource("external.nessus"))
                .bytes("src/engagement/scans/api-image.json", resource("api-image.json"))
                .template("01_tls/outdated_tls", "category: NET\ncvss: \"5.3\"\nreport_on_external_network_test: true\n"
                        + "scan:\n  nessus: {plugins: [104743, 157288]}\n  affected: service\n  placeholder: services",
                        "Outdated TLS", "The {services||service} below {accept||accepts} TLS 1.0:\n\n{==PLACEHOLDER==}",
                        "Medium", "Low")
                .template("01_tls/protocols", "category: NET\ncvss: N/A\nreport_on_external_network_test: true\n"
                        + "scan:\n  nessus: {plugins: [56984]}\n  placeholder: {capture: '(?<v>TLSv1\\.[0-3])', list: v}",
                        "Protocol Versions", "{==CLIENT==}'s {hosts||host} offered:\n\n{==PLACEHOLDER==}", "Low", "Low")
                .template("02_web/banner", "category: NET\ncvss: N/A\nscan: {nessus: {plugins: [10107]}}",
                        "Web Server Banner", "The {servers reveal||server reveals} {their||its} software.", "Low", "Low")
                .template("03_image/openssl", "category: CNF\ncvss: \"7.5\"\nreport_on_external_network_test: true\n"
                        + "scan:\n  trivy: {packages: [openssl, libcrypto3]}\n  placeholder: packages",
                        "Outdated OpenSSL", "The {images ship||image ships} these packages:\n\n{==PLACEHOLDER==}",
                        "High", "Medium")
                .template("03_image/jwt", "category: CNF\ncvss: \"9.8\"\nreport_on_external_network_test: true\n"
                        + "scan: {trivy: {ids: [cve-2022-23529]}}", "Vulnerable JWT Library",
                        "The {applications use||application uses} an old jsonwebtoken.", "High", "High")
                .template("04_other/unmatched", "category: NET\nscan: {nessus: {plugins: [99999]}}", "Nothing",
                        "Never generated.", "Low", "Low")
                .template("04_other/scripted", "category: NET\ngeneration: |\n  function getIssueContext() {\n"
                        + "    return getTrivyResults();\n  }", "Scripted", "Never generated either.", "Low", "Low")
                .template("04_other/manual", "category: NET", "Manual", "On {==HOST==}.", "Low", "Low");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ScanFindingsTest.class.getResourceAsStream("/io/github/dossier/scan/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String header(String type) {
        return ProjectFixture.header() + "  type: " + type + "\nscans: [scans/external.nessus, scans/api-image.json]\n"
                + "generate: true\nvalues:\n  CLIENT: Acme Bank\n";
    }

    private static RenderedFinding finding(Report report, String key) {
        return report.findings().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void everyTemplateWhoseRulesMatchIsGeneratedWithItsAffectedSystemsAndPlaceholder() throws IOException {
        Report report = project().descriptor(header("internal") + "findings: []\n").build();
        assertThat(report.findings()).extracting(RenderedFinding::key).containsExactly("03_image/jwt",
                "03_image/openssl", "01_tls/outdated_tls", "01_tls/protocols", "02_web/banner");
        RenderedFinding tls = finding(report, "01_tls/outdated_tls");
        assertThat(tls.affected()).isEqualTo(TLS_SERVICES);
        assertThat(tls.section(FindingPart.DESCRIPTION)).isEqualTo("The services below accept TLS 1.0:\n\n"
                + "- https://203.0.113.100\n- https://MAIL01\n- https://portal.acme.example\n"
                + "- https://portal.acme.example:8443\n- smtp://MAIL01");
        RenderedFinding protocols = finding(report, "01_tls/protocols");
        assertThat(protocols.affected()).containsExactly("portal.acme.example");
        assertThat(protocols.section(FindingPart.DESCRIPTION))
                .isEqualTo("Acme Bank's host offered:\n\n- TLSv1.0\n- TLSv1.1\n- TLSv1.2");
        assertThat(finding(report, "02_web/banner").affected()).containsExactly("203.0.113.9", "portal.acme.example");
        assertThat(finding(report, "02_web/banner").section(FindingPart.DESCRIPTION))
                .isEqualTo("The servers reveal their software.");
        RenderedFinding openssl = finding(report, "03_image/openssl");
        assertThat(openssl.affected()).containsExactly("registry.acme.example/api:1.4 (alpine 3.19.1)");
        assertThat(openssl.section(FindingPart.DESCRIPTION)).isEqualTo("The image ships these packages:\n\n"
                + "- libcrypto3 3.1.4-r2 (fixed in 3.1.4-r3)\n- openssl 3.1.4-r2\n- openssl 3.1.4-r2 (fixed in 3.1.4-r5)");
        assertThat(finding(report, "03_image/jwt").section(FindingPart.DESCRIPTION))
                .isEqualTo("The application uses an old jsonwebtoken.");
    }

    @Test
    void theLogSaysWhatEachTemplateAndScanMatched() throws IOException {
        Report report = project().descriptor(header("internal") + "findings: []\n").build();
        assertThat(report.problems()).extracting(Problem::toString).contains(
                "src/engagement/scans/external.nessus: scan read: 4 hosts, 12 results, 9 kept",
                "src/engagement/scans/api-image.json: scan read: 3 targets, 4 vulnerabilities, 4 kept",
                "src/findings/01_tls/outdated_tls.md:5:1: scan rules matched 6 results on 5 systems; finding generated",
                "src/findings/01_tls/protocols.md:5:1: scan rules matched 1 result on 1 system; finding generated",
                "src/engagement/engagement.yaml:8:11: generate: 5 findings generated; 5 of 6 templates with scan rules"
                        + " matched",
                "src/findings: 1 template has a generation script and no scan: rules, so it takes no part in"
                        + " generation (scripts in templates are never run); 'mvn dossier:migrate' rewrites the common"
                        + " ones");
        assertThat(report.problems()).noneMatch(p -> p.toString().contains("unmatched"));
    }

    @Test
    void anExternalEngagementGeneratesOnlyTemplatesMarkedForIt() throws IOException {
        Report report = project().descriptor(header("external") + "findings: []\n").build();
        assertThat(report.findings()).extracting(RenderedFinding::key).doesNotContain("02_web/banner").hasSize(4);
        assertThat(report.problems()).extracting(Problem::toString).contains("src/findings/02_web/banner.md:4:1: scan"
                + " rules matched 2 results on 2 systems; not generated: the template is not marked"
                + " report_on_external_network_test and the engagement is external");
    }

    @Test
    void aListedFindingTakesItsAffectedSystemsFromTheScanUnlessItListsThem() throws IOException {
        Report report = project().descriptor(header("internal").replace("generate: true\n", "")
                + "findings:\n  - template: 01_tls/outdated_tls\n  - template: 02_web/banner\n"
                + "    affected: [www.acme.example]\n  - template: 03_image/jwt\n    affected: scan\n"
                + "  - template: 04_other/manual\n    values: {HOST: gw}\n").build();
        assertThat(report.findings()).extracting(RenderedFinding::key).containsExactly("03_image/jwt",
                "01_tls/outdated_tls", "02_web/banner", "04_other/manual");
        assertThat(finding(report, "01_tls/outdated_tls").affected()).isEqualTo(TLS_SERVICES);
        assertThat(finding(report, "02_web/banner").affected()).containsExactly("www.acme.example");
        assertThat(finding(report, "02_web/banner").section(FindingPart.DESCRIPTION))
                .isEqualTo("The server reveals its software.");
        assertThat(finding(report, "03_image/jwt").affected()).containsExactly("app/package-lock.json");
        assertThat(finding(report, "04_other/manual").affected()).isEmpty();
    }

    @Test
    void aListedFindingWithoutMatchesIsWarnedAndItsOwnPlaceholderValueWins() throws IOException {
        Report report = project().descriptor(header("internal").replace("generate: true\n", "")
                + "findings:\n  - template: 04_other/unmatched\n  - template: 01_tls/outdated_tls\n"
                + "    values:\n      PLACEHOLDER: [by hand]\n").build();
        assertThat(finding(report, "01_tls/outdated_tls").section(FindingPart.DESCRIPTION))
                .endsWith("TLS 1.0:\n\n- by hand");
        assertThat(report.problems()).extracting(Problem::toString).contains("src/engagement/engagement.yaml:11:15: no"
                + " scan result matches the scan rules of template 04_other/unmatched (finding '04_other/unmatched') —"
                + " check the rules at src/findings/04_other/unmatched.md:3:1, or list the affected systems");
    }

    @Test
    void scanDrivenMistakesAreLocatedErrors() throws IOException {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "generate: true\nfindings:\n"
                + "  - template: 04_other/manual\n    affected: scan\n    values: {HOST: gw}\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:6:11: generate: true, but no scan files are listed — list them"
                                + " under scans:, for example scans: [scans/external.nessus]",
                        "src/engagement/engagement.yaml:9:15: affected: scan, but the descriptor lists no scan files"
                                + " (finding '04_other/manual') — list them under scans:, or list the affected"
                                + " systems"));
        p.descriptor(header("internal").replace("generate: true\n", "") + "findings:\n"
                + "  - template: 04_other/manual\n    affected: scan\n    values: {HOST: gw}\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:12:15: affected: scan, but template 04_other/manual has no"
                                + " scan: rules (finding '04_other/manual') — add scan: rules to the template"
                                + " (docs/scans.md), or list the affected systems"));
    }

    @Test
    void anUnresolvedSlotInAGeneratedFindingFailsAtTheTemplate() throws IOException {
        ProjectFixture p = project().descriptor(header("internal").replace("  CLIENT: Acme Bank\n", "  X: y\n")
                + "findings: []\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/findings/01_tls/protocols.md:10:1: no value for {==CLIENT==} (finding '01_tls/protocols')"
                                + " — add 'CLIENT: …' to the finding's values or the engagement's values"));
    }

    @Test
    void scansThatNoRuleUsesAreNotReadAndSaySo() throws IOException {
        Report report = project().descriptor(header("internal").replace("generate: true\n", "")
                .replace("  CLIENT: Acme Bank\n", "  HOST: gw\n") + "findings: [04_other/manual]\n").build();
        assertThat(report.problems()).extracting(Problem::toString).containsExactly("src/engagement/engagement.yaml:7:9:"
                + " no template in use has scan: rules, so the scans are not read — add scan: rules to templates"
                + " (docs/scans.md), or set generate: true");
    }

    @Test
    void scanPathsStayInsideTheProjectAndMustExist() throws IOException {
        ProjectFixture p = project().descriptor(ProjectFixture.header() + "scans: [../../../outside.nessus,"
                + " scans/missing.nessus, scans/notes.txt]\ngenerate: true\nfindings: []\n")
                .file("src/engagement/scans/notes.txt", "x");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/engagement/engagement.yaml:6:9: scan path '../../../outside.nessus' escapes the project"
                                + " — copy the file into the project and name it relative to the descriptor",
                        "src/engagement/engagement.yaml:6:34: scan file not found: src/engagement/scans/missing.nessus"
                                + " — add the file, or fix the path (relative to the descriptor's folder)",
                        "src/engagement/engagement.yaml:6:56: scan file src/engagement/scans/notes.txt is neither a"
                                + " .nessus nor a .json file — list Nessus v2 exports (.nessus) and Trivy JSON reports"
                                + " (.json)"));
    }

    @Test
    void aRuleDecidesOptionsAndFillsATableForTheFindingsItMakes() throws IOException {
        Report report = project()
                .template("05_rules/tls_table", "category: NET\ncvss: \"5.3\"\nreport_on_external_network_test: true\n"
                        + "scan:\n  nessus: {plugins: [104743, 157288]}\n  affected: service\n"
                        + "  options: {cloud: false, 2: true}\n  table: {number: 1, columns: [host, service]}",
                        "TLS Table", "Old protocols were accepted by:\n| Host | Service |\n| | |\n\n"
                        + "{==OPTION CLOUD==} The load balancer terminates TLS.\n{==OPTION==} Fix it soon.", "Medium",
                        "Low")
                .descriptor(header("internal") + "findings: []\n").build();
        String description = finding(report, "05_rules/tls_table").section(FindingPart.DESCRIPTION);
        assertThat(description).contains("| Host | Service |\n| --- | --- |\n| 203.0.113.100 | https://203.0.113.100 |")
                .contains("| MAIL01 | smtp://MAIL01 |").contains("Fix it soon.").doesNotContain("load balancer");
    }

    @Test
    void aFindingsOwnDecisionsWinOverItsRules() throws IOException {
        Report report = project()
                .template("05_rules/tls_table", "category: NET\ncvss: \"5.3\"\nreport_on_external_network_test: true\n"
                        + "scan:\n  nessus: {plugins: [104743, 157288]}\n  options: {cloud: false}",
                        "TLS Table", "{==OPTION CLOUD==} The load balancer terminates TLS.", "Medium", "Low")
                .descriptor(header("internal") + "findings:\n  - template: 05_rules/tls_table\n    options: {cloud: true}\n")
                .build();
        assertThat(finding(report, "05_rules/tls_table").section(FindingPart.DESCRIPTION))
                .contains("The load balancer terminates TLS.");
    }

    @Test
    void badRuleDecisionsAndTablesAreLocated() throws IOException {
        ProjectFixture p = project().template("05_rules/bad", "category: NET\ncvss: N/A\n"
                        + "scan:\n  nessus: {plugins: [104743]}\n  options: {cloud: maybe yes, 2: -1}\n"
                        + "  table: {number: 0, columns: [package]}", "Bad", "x", "Low", "Low")
                .descriptor(header("internal") + "findings: []\n");
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "src/findings/05_rules/bad.md:6:34: scan.options.2 must be true, false, the number of an"
                                + " alternative or a part's text — for example options: {aws: false, 2: 1}",
                        "src/findings/05_rules/bad.md:7:19: scan.table.number must be the number of a table (1, 2, …)"
                                + " — write table: {number: 1, columns: [host, service]}"));
    }
}

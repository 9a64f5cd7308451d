package io.github.dossier.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.scan.ScanRule;
import io.github.dossier.scan.ScanRule.Kind;
import io.github.dossier.scan.ScanRule.Naming;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The scan: block of a template's front matter (docs/scans.md): the model, and located errors for bad rules. */
class ScanRuleReaderTest {

    private static final String BODY = "### T\nx\n\n{==PLACEHOLDER==}\n#### Impact: Low\ny\n#### Likelihood: Low\nz\n"
            + "#### Recommendation\nw\n";

    private final Problems problems = new Problems();

    private Optional<ScanRule> rule(String frontMatter) {
        return TemplateParser.parse("net/t", Path.of("t.md"), "t.md", "---\ncategory: NET\n" + frontMatter + "\n---\n"
                + BODY, problems).flatMap(t -> t.frontMatter().scanRule());
    }

    private List<String> errors() {
        return problems.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void aNessusRuleWithServicesAndPlaceholder() {
        ScanRule rule = rule("scan:\n  nessus: {plugins: [10863, \"42873\"]}\n  affected: service\n"
                + "  placeholder: services").orElseThrow();
        assertThat(rule.selector()).isEqualTo(new ScanRule.Nessus(Set.of("10863", "42873")));
        assertThat(rule.affected()).isEqualTo(Naming.SERVICE);
        assertThat(rule.placeholder()).isEqualTo(new ScanRule.Listing(Kind.SERVICES));
        assertThat(rule.location()).isEqualTo(new Location("t.md", 3, 1));
        assertThat(errors()).isEmpty();
    }

    @Test
    void defaultsAreHostForNessusTargetForTrivyAndNoPlaceholder() {
        assertThat(rule("scan: {nessus: {plugins: 104743}}").orElseThrow())
                .extracting(ScanRule::affected, ScanRule::placeholder).containsExactly(Naming.HOST, null);
        ScanRule trivy = rule("scan:\n  trivy: {packages: [openssl], severities: [high, Critical]}").orElseThrow();
        assertThat(trivy.selector()).isEqualTo(new ScanRule.Trivy(Set.of(), Set.of("openssl"),
                Set.of("HIGH", "CRITICAL")));
        assertThat(trivy.affected()).isEqualTo(Naming.TARGET);
    }

    @Test
    void aCaptureCompilesItsPatternAndNamesItsGroup() {
        ScanRule rule = rule("scan:\n  nessus: {plugins: [56984]}\n  placeholder: {capture: '(?<version>TLSv1\\.[01])',"
                + " list: version}").orElseThrow();
        ScanRule.Capture capture = (ScanRule.Capture) rule.placeholder();
        assertThat(capture.pattern().pattern()).isEqualTo("(?<version>TLSv1\\.[01])");
        assertThat(capture.group()).isEqualTo("version");
        assertThat(rule("scan:\n  nessus: {plugins: [1]}\n  placeholder: {capture: 'v(?<only>\\d+)'}").orElseThrow()
                .placeholder()).isEqualTo(new ScanRule.Capture(java.util.regex.Pattern.compile("v(?<only>\\d+)"),
                        "only"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            not a mapping      | scan: [10863]                                              | t.md:3:7: scan must be a mapping — write scan: {nessus: {plugins: [10863]}, affected: host}
            no scanner         | scan: {affected: host}                                     | t.md:3:7: scan needs nessus: or trivy: — write scan: {nessus: {plugins: [10863]}, affected: host}
            both scanners      | scan: {nessus: {plugins: [1]}, trivy: {ids: [CVE-1]}}      | t.md:3:7: a scan rule reads one scanner, not both nessus and trivy — use one template per scanner
            misspelt key       | scan: {nessus: {plugins: [1]}, afected: host}              | t.md:3:32: unknown key 'afected' in scan — did you mean 'affected'?
            no plugins         | scan: {nessus: {plugins: []}}                              | t.md:3:26: scan.nessus needs at least one plugin id — write plugins: [10863, 42873]
            plugin not a number| scan: {nessus: {plugins: [10863, ssl]}}                    | t.md:3:26: plugin id 'ssl' is not a number — write Nessus plugin ids, such as 10863
            no trivy filter    | scan: {trivy: {}}                                          | t.md:3:15: scan.trivy needs ids, packages or severities — write trivy: {ids: [CVE-2023-0286]}, {packages: [openssl]} or {severities: [HIGH, CRITICAL]}
            bad severity       | scan: {trivy: {severities: [SEVERE]}}                      | t.md:3:28: 'SEVERE' is not a Trivy severity — use UNKNOWN, LOW, MEDIUM, HIGH or CRITICAL
            target for nessus  | scan: {nessus: {plugins: [1]}, affected: target}           | t.md:3:42: scan.affected 'target' does not suit Nessus results — use host or service
            host for trivy     | scan: {trivy: {ids: [CVE-1]}, affected: host}              | t.md:3:41: scan.affected 'host' does not suit Trivy results — use target (Trivy results name their target)
            packages for nessus| scan: {nessus: {plugins: [1]}, placeholder: packages}      | t.md:3:45: scan.placeholder 'packages' does not suit Nessus results — use services, hosts or {capture: '(?<name>…)', list: name}
            capture for trivy  | scan: {trivy: {ids: [CVE-1]}, placeholder: {capture: x}}   | t.md:3:44: a capture reads Nessus plugin output; Trivy results have none — use targets, packages or vulnerabilities
            bad regex          | scan: {nessus: {plugins: [1]}, placeholder: {capture: '(?<v>x'}} | t.md:3:55: the capture pattern is not a regular expression: Unclosed group near index 6 — fix the pattern; quote it in single quotes so backslashes stay as written
            no such group      | scan: {nessus: {plugins: [1]}, placeholder: {capture: '(?<v>x)', list: version}} | t.md:3:72: the capture pattern has no group named 'version' — name a group: (?<version>…), then list: version
            group misspelt     | scan: {nessus: {plugins: [1]}, placeholder: {capture: '(?<version>x)', list: versoin}} | t.md:3:78: the capture pattern has no group named 'versoin' — did you mean 'version'?
            no named group     | scan: {nessus: {plugins: [1]}, placeholder: {capture: 'x+'}} | t.md:3:55: the capture pattern needs one named group, or list: naming one — name a group: (?<version>…), then list: version
            """)
    void badRulesAreLocatedErrors(String name, String frontMatter, String error) {
        assertThat(rule(frontMatter)).isEmpty();
        assertThat(errors()).containsExactly(error);
    }

    @Test
    void aLongPatternIsRefused() {
        String regex = "(?<v>" + "a".repeat(ScanRuleReader.MAX_PATTERN_CHARS) + ")";
        assertThat(rule("scan:\n  nessus: {plugins: [1]}\n  placeholder:\n    capture: '" + regex + "'")).isEmpty();
        assertThat(errors()).containsExactly("t.md:6:14: the capture pattern is 206 characters, over the limit of 200"
                + " — capture only the part you need");
    }

    @Test
    void aPlaceholderWithoutSlotInTheBodyIsLinted() {
        Template t = TemplateParser.parse("net/t", Path.of("t.md"), "t.md", "---\nscan:\n  nessus: {plugins: [1]}\n"
                + "  placeholder: hosts\n---\n" + BODY.replace("{==PLACEHOLDER==}", "none"), problems).orElseThrow();
        assertThat(t.lints()).extracting(Problem::toString).containsExactly("t.md:2:1: scan.placeholder fills a"
                + " placeholder but the body has no {==PLACEHOLDER==} — add {==PLACEHOLDER==} on a line of its own"
                + " where the content belongs");
    }

    @Test
    void theScriptStaysTextBesideTheRule() {
        Template t = TemplateParser.parse("net/t", Path.of("t.md"), "t.md", "---\ngeneration: |\n  function"
                + " getIssueContext() { return getReportItemsForPluginIds(\"1\"); }\nscan: {nessus: {plugins: [1]}}\n"
                + "---\n" + BODY, problems).orElseThrow();
        assertThat(t.frontMatter().generation()).contains("getReportItemsForPluginIds");
        assertThat(t.frontMatter().scanRule()).isPresent();
    }
}

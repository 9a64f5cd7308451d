package io.github.dossier.scan;

import static io.github.dossier.scan.ScanFixtures.capture;
import static io.github.dossier.scan.ScanFixtures.nessus;
import static io.github.dossier.scan.ScanRule.Naming.HOST;
import static io.github.dossier.scan.ScanRule.Naming.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading .nessus files: what is kept, how hosts and services are named, and refusing what is not Nessus. */
class NessusReaderTest {

    private final Problems problems = new Problems();

    private ScanMatch match(ScanRule rule) {
        return ScanFixtures.read(List.of(rule), problems, "external.nessus").match(rule, problems);
    }

    @Test
    void hostsAreNamedByFqdnThenNetbiosThenAddressSortedAndDeduplicated() {
        ScanMatch m = match(nessus(HOST, null, "104743", "157288"));
        assertThat(m.results()).isEqualTo(6);
        assertThat(m.affected()).containsExactly("203.0.113.100", "MAIL01", "portal.acme.example");
        assertThat(m.placeholder()).isNull();
    }

    @Test
    void servicesAreNamedWithSchemeHostAndNonDefaultPort() {
        ScanMatch m = match(nessus(SERVICE, new ScanRule.Listing(ScanRule.Kind.SERVICES), "104743"));
        List<String> services = List.of("https://203.0.113.100", "https://MAIL01", "https://portal.acme.example",
                "https://portal.acme.example:8443", "smtp://MAIL01");
        assertThat(m.affected()).isEqualTo(services);
        assertThat(m.placeholder()).isEqualTo(services);
    }

    @Test
    void aPortWithoutTlsEvidenceStaysHttp() {
        ScanMatch m = match(nessus(SERVICE, new ScanRule.Listing(ScanRule.Kind.HOSTS), "10107"));
        assertThat(m.affected()).containsExactly("http://203.0.113.9:8080", "http://portal.acme.example");
        assertThat(m.placeholder()).containsExactly("203.0.113.9", "portal.acme.example");
    }

    @Test
    void portZeroNamesTheHostAndUdpServicesKeepTheirScheme() {
        assertThat(match(nessus(SERVICE, null, "19506", "10264")).affected())
                .containsExactly("portal.acme.example", "snmp://203.0.113.100");
    }

    @Test
    void captureListsTheNamedGroupOverPluginOutput() {
        ScanMatch m = match(nessus(HOST, capture("(?<version>TLSv1\\.[0-3])", "version"), "56984", "104743"));
        assertThat(m.placeholder()).containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2");
    }

    @Test
    void entitiesAndCdataInOutputAreText() {
        ScanMatch m = match(nessus(HOST, capture("calls itself : (?<server>.+)$", "server"), "10107"));
        assertThat(m.placeholder()).containsExactly("Apache-Coyote/1.1", "nginx/1.18.0 & friends");
        assertThat(match(nessus(HOST, capture("Accepted: (?<v>.*)", "v"), "104743")).placeholder())
                .contains("TLSv1.0 <first> version");
    }

    @Test
    void outputIsNotKeptWhenNoRuleCapturesIt() {
        ScanRule rule = nessus(HOST, null, "104743");
        ScanResults results = ScanFixtures.read(List.of(rule), problems, "external.nessus");
        ScanRule capture = nessus(HOST, capture("(?<v>TLSv1\\.0)", "v"), "104743");
        assertThat(results.match(capture, problems).placeholder()).isEmpty();
        assertThat(results.size()).isEqualTo(5);
    }

    @Test
    void theLogNotesWhatEachFileHeld() {
        ScanFixtures.read(List.of(nessus(HOST, null, "104743")), problems, "external.nessus");
        assertThat(problems.sorted()).extracting(Problem::toString)
                .containsExactly("scans/external.nessus: scan read: 4 hosts, 12 results, 5 kept");
    }

    @Test
    void longPluginOutputIsCutAtTheLimit() {
        String output = "x".repeat(NessusReader.MAX_OUTPUT_CHARS + 5000) + "TAIL";
        ScanRule rule = nessus(HOST, capture("(?<all>x+)", "all"), "1");
        ScanResults results = new ScanResults();
        new NessusReader(ScanInterest.of(List.of(rule))).read(ScanFixtures.stream(nessusFile(
                "<ReportItem port=\"0\" pluginID=\"1\"><plugin_output>" + output + "</plugin_output></ReportItem>")),
                "big.nessus", results, problems);
        assertThat(results.match(rule, problems).placeholder()).singleElement()
                .satisfies(v -> assertThat(v).hasSize(NessusReader.MAX_OUTPUT_CHARS));
    }

    @Test
    void anotherXmlFileIsRefusedWhereItsRootIs() {
        assertThat(errors("<?xml version=\"1.0\"?>\n<svg><ReportHost/></svg>"))
                .containsExactly("x.nessus:2:6: not a Nessus v2 file: the root element is <svg>, not"
                        + " <NessusClientData_v2> — export the scan as a .nessus (v2) file");
    }

    @Test
    void brokenXmlIsALocatedError() {
        assertThat(errors("<NessusClientData_v2>\n<Report>\n<ReportHost name=\"a\"></Report>"))
                .singleElement().asString().startsWith("x.nessus:3:").contains("the Nessus file cannot be read:")
                .doesNotContain("ParseError");
    }

    @Test
    void aHostPropertyIsCutAtItsLimit() {
        String name = "h".repeat(NessusReader.MAX_NAME_CHARS + 10);
        ScanRule rule = nessus(HOST, null, "1");
        ScanResults results = new ScanResults();
        new NessusReader(ScanInterest.of(List.of(rule))).read(ScanFixtures.stream(nessusFile(
                "<HostProperties><tag name=\"host-fqdn\">" + name + "</tag></HostProperties>"
                        + "<ReportItem port=\"0\" pluginID=\"1\"/>")), "x.nessus", results, problems);
        assertThat(results.match(rule, problems).affected()).containsExactly(name.substring(0,
                NessusReader.MAX_NAME_CHARS));
    }

    private List<String> errors(String xml) {
        Optional<NessusReader.Summary> summary = new NessusReader(ScanInterest.of(List.of()))
                .read(ScanFixtures.stream(xml), "x.nessus", new ScanResults(), problems);
        assertThat(summary).isEmpty();
        return problems.errors().stream().map(Problem::toString).toList();
    }

    static String nessusFile(String hostContent) {
        return "<?xml version=\"1.0\"?>\n<NessusClientData_v2><Report name=\"r\"><ReportHost name=\"10.0.0.1\">"
                + hostContent + "</ReportHost></Report></NessusClientData_v2>\n";
    }
}

package io.github.dossier.hardening;

import static io.github.dossier.hardening.BadInputs.PORTS_FINDING;
import static io.github.dossier.hardening.BadInputs.XSS_FINDING;
import static io.github.dossier.hardening.BadInputs.c;

import io.github.dossier.hardening.BadInputCatalogueTest.Case;
import io.github.dossier.testing.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** Scan files that are broken, or made to exhaust the build's memory. */
final class ScanCases {

    private ScanCases() {
    }

    static List<Case> all() {
        return List.of(
                c("Nessus file with a 17 MB attribute", scan("scans/big.nessus", nessusWithAttribute(17 << 20))),
                c("Trivy report cut short", scan("scans/trivy.json", "{\n  \"SchemaVersion\": 2,\n  \"Results\": [\n"
                        + "    {\"Target\": \"api:1.0\", \"Vulnerabilities\": [{\"VulnerabilityID\": \"CVE-2026-1\"")),
                c("Trivy report with single quotes", scan("scans/trivy.json", "{\n  'SchemaVersion': 2\n}\n")));
    }

    private static UnaryOperator<ProjectFixture> scan(String path, String text) {
        return scan(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static UnaryOperator<ProjectFixture> scan(String path, byte[] content) {
        return p -> p.bytes("src/engagement/" + path, content).template("02_net/open_ports", "category: NET\n"
                + "cvss: \"5.3\"\nscan: " + (path.endsWith(".json") ? "{trivy: {ids: [CVE-2026-1]}}"
                : "{nessus: {plugins: [10107]}}"), "Open Ports",
                BadInputs.PORTS, "Low", "Low").descriptor(ProjectFixture.header()
                + "  options: {tls: false}\nvalues:\n  CLIENT: Acme\nscans: [" + path + "]\nfindings:\n" + XSS_FINDING + PORTS_FINDING);
    }

    private static byte[] nessusWithAttribute(int bytes) {
        byte[] head = "<NessusClientData_v2>\n<Report name=\"r\">\n  <ReportHost name=\""
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"></ReportHost>\n</Report>\n</NessusClientData_v2>\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = Arrays.copyOf(head, head.length + bytes + tail.length);
        Arrays.fill(file, head.length, head.length + bytes, (byte) 'h');
        System.arraycopy(tail, 0, file, head.length + bytes, tail.length);
        return file;
    }
}

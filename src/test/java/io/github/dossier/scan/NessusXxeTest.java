package io.github.dossier.scan;

import static io.github.dossier.scan.ScanFixtures.capture;
import static io.github.dossier.scan.ScanFixtures.nessus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XXE payloads in a .nessus file are inert: a DOCTYPE is refused with a located error, no local
 * file is read into the results and no connection is made, whichever kind of entity it declares.
 */
class NessusXxeTest {

    private static final String SECRET = "SECRET-FROM-A-LOCAL-FILE";

    @TempDir
    Path dir;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private final Problems problems = new Problems();
    private final ScanRule rule = nessus(ScanRule.Naming.HOST, capture("(?<all>(?s).+)", "all"), "1");

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0);
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
    }

    private String secretFile() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        return secret.toUri().toString();
    }

    @Test
    void externalEntitiesForAFileAndAUrlAreRefused() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE NessusClientData_v2 [\n"
                + "  <!ENTITY file SYSTEM \"" + secretFile() + "\">\n"
                + "  <!ENTITY web SYSTEM \"" + url("entity") + "\">\n]>\n"
                + NessusReaderTest.nessusFile("<ReportItem port=\"0\" pluginID=\"1\"><plugin_output>a &file; b &web;"
                        + "</plugin_output></ReportItem>").substring("<?xml version=\"1.0\"?>\n".length());
        assertInert(xml);
    }

    @Test
    void anExternalDtdAndAParameterEntityAreNeverFetched() throws Exception {
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE NessusClientData_v2 SYSTEM \"" + url("nessus.dtd")
                + "\">\n" + body();
        assertInert(external);
        String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE NessusClientData_v2 [\n  <!ENTITY % remote SYSTEM \""
                + url("p.dtd") + "\">\n  %remote;\n]>\n" + body();
        assertInert(parameter);
    }

    @Test
    void entitiesExpandingExponentiallyAreRefusedAsWell() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE NessusClientData_v2 [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        assertInert(dtd + body().replace("x</plugin_output>", "&l9;</plugin_output>"));
    }

    @Test
    void anUndeclaredEntityWithoutDoctypeAddsNothing() throws Exception {
        ScanResults results = new ScanResults();
        assertThatCode(() -> new NessusReader(ScanInterest.of(List.of(rule))).read(ScanFixtures.stream(
                NessusReaderTest.nessusFile("<ReportItem port=\"0\" pluginID=\"1\"><plugin_output>a &file; b"
                        + "</plugin_output></ReportItem>")), "x.nessus", results, problems)).doesNotThrowAnyException();
        assertThat(problems.errors()).isEmpty();
        assertThat(results.match(rule, problems).placeholder()).containsExactly("a  b");
    }

    private String body() {
        return NessusReaderTest.nessusFile("<ReportItem port=\"0\" pluginID=\"1\"><plugin_output>x</plugin_output>"
                + "</ReportItem>").substring("<?xml version=\"1.0\"?>\n".length());
    }

    private void assertInert(String xml) {
        Problems problems = new Problems();
        ScanResults results = new ScanResults();
        assertThatCode(() -> new NessusReader(ScanInterest.of(List.of(rule))).read(ScanFixtures.stream(xml),
                "scans/evil.nessus", results, problems)).doesNotThrowAnyException();
        assertThat(problems.errors()).extracting(Problem::toString).singleElement().asString()
                .startsWith("scans/evil.nessus:").contains("the scan file declares a DOCTYPE; Dossier never reads DTDs"
                        + " or entities — remove the <!DOCTYPE …> declaration");
        assertThat(results.size()).isZero();
        assertThat(problems.sorted()).extracting(Problem::toString).noneMatch(p -> p.contains(SECRET));
        assertThat(connections).hasValue(0);
    }
}

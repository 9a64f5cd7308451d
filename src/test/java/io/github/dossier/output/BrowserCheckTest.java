package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.output.html.ContentPolicy;
import io.github.dossier.testing.HeadlessChromium;
import io.github.dossier.testing.HeadlessChromium.PageCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example report in a real browser (Debian's Chromium, which {@code .ci/run} installs):
 * no console errors, no failed loads, nothing fetched from outside the page. Skipped where no
 * Chromium is installed. The screenshot stays under {@code target/browser/} to look at.
 */
class BrowserCheckTest {

    private static Path report;

    @BeforeAll
    static void writeReport() {
        report = ExampleReport.writeAll("browser/example", PageSize.A4).resolve("report.html");
    }

    private static Path chromium() {
        Optional<Path> binary = HeadlessChromium.find();
        assumeTrue(binary.isPresent(), "no Chromium on this machine: .ci/run installs Debian's chromium");
        return binary.get();
    }

    @Test
    void reportOpensWithoutErrorsOrOutsideRequests(@TempDir Path profile) throws Exception {
        Path screenshot = Path.of("target/browser/report.png").toAbsolutePath();
        PageCheck check;
        try (HeadlessChromium browser = new HeadlessChromium(chromium(), profile)) {
            check = browser.open(report, screenshot);
        }
        assertThat(check.problems()).isEmpty();
        assertThat(check.requests()).first().isEqualTo(report.toUri().toString());
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    /**
     * A stylesheet written to make the page call home by a way the build-time check does not see
     * (a URL in a custom property, used by {@code image-set(var(…))}) is stopped by the page's
     * Content-Security-Policy: nothing reaches a listener on this machine.
     */
    @Test
    void aHostileStylesheetThatPassesTheBuildFetchesNothing(@TempDir Path dir) throws Exception {
        try (Listener listener = new Listener()) {
            Path css = dir.resolve("brand.css");
            Files.writeString(css, ":root { --home: \"" + listener.url("var.png") + "\"; }\n"
                    + "body { background-image: image-set(var(--home) 1x); }\n");
            Path out = dir.resolve("dossier");
            ReportWriter.write(ExampleReport.build(), new OutputOptions(java.util.EnumSet.of(Format.HTML), PageSize.A4,
                    css, null, ExampleReport.TIMESTAMP), out);
            PageCheck check = open(out.resolve("report.html"), dir);
            assertThat(listener.requests()).isEmpty();
            assertThat(check.requests()).filteredOn(r -> !r.startsWith("data:"))
                    .containsExactly(out.resolve("report.html").toUri().toString(), listener.url("var.png"));
            assertThat(check.blocked()).containsExactly(listener.url("var.png") + " (csp)");
        }
    }

    /**
     * Even a stylesheet that never went through the check (every way CSS has of loading something,
     * pointed at a listener on this machine) fetches nothing under the page's policy; the same page
     * without the policy does fetch, so the listener and the stylesheet are live.
     */
    @Test
    void thePolicyAloneStopsEveryFetchOfAnUncheckedStylesheet(@TempDir Path dir) throws Exception {
        try (Listener listener = new Listener()) {
            String hostile = "@import url(" + listener.url("import.css") + ");\n"
                    + "@font-face { font-family: Home; src: url(" + listener.url("font.woff2") + "); }\n"
                    + "body { font-family: Home; background: url(" + listener.url("bg.png") + ");"
                    + " cursor: url(" + listener.url("cursor.png") + "), auto; }\n"
                    + "h1 { background-image: image-set(\"" + listener.url("set.png") + "\" 1x); }\n"
                    + "h2 { list-style-image: url(" + listener.url("list.png") + "); }\n";
            String page = io.github.dossier.output.html.HtmlDocumentRenderer.builder().stylesheet(hostile).build()
                    .page(ReportWriter.layout(ExampleReport.build(), OutputOptions.of(Set.of(Format.HTML)), Map.of()));
            Path withPolicy = dir.resolve("with-policy.html");
            Files.writeString(withPolicy, page);
            assertThat(page).contains(ContentPolicy.META);
            Path withoutPolicy = dir.resolve("without-policy.html");
            Files.writeString(withoutPolicy, page.replace(ContentPolicy.META, ""));

            PageCheck check = open(withPolicy, dir);
            assertThat(listener.requests()).as("requests with the policy").isEmpty();
            assertThat(check.requests()).filteredOn(r -> r.startsWith("http")).isNotEmpty()
                    .allSatisfy(r -> assertThat(check.blocked()).contains(r + " (csp)"));
            open(withoutPolicy, dir);
            assertThat(listener.requests()).as("requests without the policy").isNotEmpty();
        }
    }

    private static PageCheck open(Path page, Path dir) throws Exception {
        Path profile = dir.resolve("profile-" + page.getFileName());
        try (HeadlessChromium browser = new HeadlessChromium(chromium(), profile)) {
            return browser.open(page, dir.resolve(page.getFileName() + ".png"));
        }
    }

    /** An HTTP listener on the loopback interface that records what it is asked for. */
    private static final class Listener implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer server;
        private final java.util.List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

        Listener() throws java.io.IOException {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(
                    java.net.InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                requests.add(exchange.getRequestURI().toString());
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            });
            server.start();
        }

        String url(String name) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
        }

        java.util.List<String> requests() {
            return java.util.List.copyOf(requests);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** The check itself works: a page with a console error and a missing image is caught. */
    @Test
    void aBrokenPageIsCaught(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<img src=\"missing.png\"><script>console.error('boom')</script></body></html>");
        PageCheck check;
        try (HeadlessChromium browser = new HeadlessChromium(chromium(), dir.resolve("profile"))) {
            check = browser.open(page, dir.resolve("broken.png"));
        }
        assertThat(check.problems()).anySatisfy(p -> assertThat(p).startsWith("console error"))
                .anySatisfy(p -> assertThat(p).contains("missing.png"));
    }
}

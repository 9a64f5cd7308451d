package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.testing.HeadlessChromium;
import io.github.dossier.testing.HeadlessChromium.PageCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.document.PageSize;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output parameters: formats, page size, stylesheet, logo, timestamp — checked all at once. */
class OutputOptionsParserTest {

    @TempDir
    Path root;

    private OutputOptions parse(String formats, String size, String css, String logo, String timestamp) {
        return new OutputOptionsParser(root).parse(formats, size, css == null ? null : Path.of(css),
                logo == null ? null : Path.of(logo), timestamp, null, false);
    }

    @Test
    void defaultsAndValidValues() throws Exception {
        new ProjectFixture(root).bytes("src/report/logo.png", ProjectFixture.PNG).file("src/report/a.css", "x{}");

        OutputOptions options = parse("md, HTML,pdf,docx,json", "letter", "src/report/a.css",
                root.resolve("src/report/logo.png").toString(), "2026-11-25T10:00:00+01:00");

        assertThat(options.formats()).isEqualTo(EnumSet.allOf(Format.class));
        assertThat(options.pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(options.stylesheet()).isEqualTo(root.resolve("src/report/a.css"));
        assertThat(options.logo()).isEqualTo(root.resolve("src/report/logo.png"));
        assertThat(options.timestamp()).isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(parse("pdf", "A4", null, "", "1700000000").timestamp()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(parse("pdf", "A4", null, null, "").timestamp()).isNull();
        assertThat(parse("pdf", "A4", null, null, "x").timestamp()).as("Maven's 'disabled'").isNull();
    }

    @Test
    void everyBadParameterIsReportedAtOnce(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("evil.css"), "x{}");
        new ProjectFixture(root).file("src/report/logo.svg", "<svg/>");

        assertThatThrownBy(() -> parse("md,rtf", "A5", outside.resolve("evil.css").toString(), "src/report/logo.svg",
                "yesterday")).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                        "dossier.formats: unknown format 'rtf'; known formats: md, html, pdf, docx, json"
                                + " — for example md,html,pdf,docx,json",
                        "dossier.logo: the logo src/report/logo.svg is not a PNG or JPEG image — convert it to PNG",
                        "dossier.pageSize: unknown page size 'A5' — use A4 or Letter",
                        "dossier.stylesheet: the stylesheet " + outside.resolve("evil.css")
                                + " is outside the project — copy it into the project, for example under src/report/",
                        "project.build.outputTimestamp: 'yesterday' is not a timestamp — write an ISO-8601 time"
                                + " such as 2026-11-25T00:00:00Z, or seconds since 1970"));
    }

    @Test
    void aMissingLogoIsNamed() {
        assertThatThrownBy(() -> parse("pdf", "A4", null, "src/report/logo.png", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(Problem::toString).containsExactly("dossier.logo: logo not found:"
                                + " src/report/logo.png — add the file, or fix the path (relative to the project)"));
    }
}

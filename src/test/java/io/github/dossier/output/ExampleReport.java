package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;

/**
 * The example report of the {@code all-formats} IT (five findings, writer sections, history,
 * logo, stylesheet), built through the core without Maven, for tests that read every format back.
 */
public final class ExampleReport {

    public static final Path PROJECT = Path.of("src/it/all-formats").toAbsolutePath();
    public static final Instant TIMESTAMP = Instant.parse("2026-11-20T09:00:00Z");

    private ExampleReport() {
    }

    public static Report build() {
        return build(false);
    }

    /** The report, as a draft when asked: the same content, marked as a draft. */
    public static Report build(boolean draft) {
        return new ReportBuilder(new ReportConfig(PROJECT, Path.of("src/engagement/engagement.yaml"),
                draft ? new RenderSettings(true, false) : RenderSettings.strict(), false)).build();
    }

    /**
     * The retest of the example ({@code retest.yaml}): the example's findings.json is written first,
     * where the retest's {@code previous:} names it.
     */
    public static Report buildRetest() {
        ReportWriter.write(build(), OutputOptions.of(EnumSet.of(Format.JSON)), PROJECT.resolve(
                "target/cross-format-previous"));
        return new ReportBuilder(new ReportConfig(PROJECT, Path.of("src/engagement/retest.yaml"),
                RenderSettings.strict(), false)).build();
    }

    public static OutputOptions options(PageSize size) {
        return new OutputOptions(EnumSet.allOf(Format.class), size, PROJECT.resolve("src/report/brand.css"),
                PROJECT.resolve("src/report/logo.png"), TIMESTAMP);
    }

    /** Writes every format into {@code target/<name>} and returns that folder. */
    public static Path writeAll(String name, PageSize size) {
        Path out = Path.of("target", name).toAbsolutePath();
        ReportWriter.write(build(), options(size), out);
        return out;
    }
}

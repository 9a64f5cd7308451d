package io.github.dossier.testing;

import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;

import io.github.dossier.render.RenderSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A report repository written into a temporary folder, for core tests without Maven. */
public final class ProjectFixture {

    /** The smallest valid PNG: one transparent pixel. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public final Path root;

    public ProjectFixture(Path root) {
        this.root = root;
    }

    public ProjectFixture file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public ProjectFixture bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ProjectFixture descriptor(String yaml) {
        return file("src/engagement/engagement.yaml", yaml);
    }

    /** A template with the given description and levels, in the standard layout. */
    public ProjectFixture template(String id, String frontMatter, String title, String description, String impact,
            String likelihood) {
        return file("src/findings/" + id + ".md", "---\n" + frontMatter + "\n---\n### " + title + "\n" + description
                + "\n#### Impact: " + impact + "\nImpact of " + title + ".\n#### Likelihood: " + likelihood
                + "\nLikelihood of " + title + ".\n#### Recommendation\nFix " + title + ".\n");
    }

    public Report build() {
        return build(RenderSettings.strict());
    }

    /** Builds with size limits other than the defaults. */
    public Report build(io.github.dossier.io.SizeLimits limits) {
        return new ReportBuilder(new ReportConfig(root, Path.of("src/engagement/engagement.yaml"),
                new RenderSettings(false, false, limits.evidence()), false, null, "", null, null, null, limits))
                .build();
    }

    public Report build(RenderSettings settings) {
        return new ReportBuilder(new ReportConfig(root, Path.of("src/engagement/engagement.yaml"), settings, false))
                .build();
    }

    public static String header() {
        return "engagement:\n  client: Acme Bank plc\n  title: Web Test\n  reference: ACME-1\n  date: 2026-11-20\n";
    }
}

package io.github.dossier.report;

import io.github.dossier.render.RenderSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A report repository written into a temporary folder, for core tests without Maven. */
final class ProjectFixture {

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    final Path root;

    ProjectFixture(Path root) {
        this.root = root;
    }

    ProjectFixture file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    ProjectFixture bytes(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ProjectFixture descriptor(String yaml) {
        return file("src/engagement/engagement.yaml", yaml);
    }

    /** A template with the given description and levels, in the standard layout. */
    ProjectFixture template(String id, String frontMatter, String title, String description, String impact,
            String likelihood) {
        return file("src/findings/" + id + ".md", "---\n" + frontMatter + "\n---\n### " + title + "\n" + description
                + "\n#### Impact: " + impact + "\nImpact of " + title + ".\n#### Likelihood: " + likelihood
                + "\nLikelihood of " + title + ".\n#### Recommendation\nFix " + title + ".\n");
    }

    Report build() {
        return build(RenderSettings.strict());
    }

    Report build(RenderSettings settings) {
        return new ReportBuilder(new ReportConfig(root, Path.of("src/engagement/engagement.yaml"), settings, false))
                .build();
    }

    static String header() {
        return "engagement:\n  client: Acme Bank plc\n  title: Web Test\n  reference: ACME-1\n  date: 2026-11-20\n";
    }
}

package io.github.dossier.testing;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentBuilder;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.PageSize;
import io.github.dossier.output.markdown.MarkdownDocumentRenderer;
import io.github.dossier.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/** A report laid out and rendered in memory, for tests that look at one format's text. */
public final class Rendered {

    private Rendered() {
    }

    /** The document with the report's evidence, default settings. */
    public static Document document(Report report) {
        return document(report, DocumentSettings.DEFAULTS);
    }

    public static Document document(Report report, DocumentSettings settings) {
        Map<String, byte[]> evidence = new LinkedHashMap<>();
        report.evidence().forEach((name, path) -> {
            try {
                evidence.put(name, Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new DocumentBuilder(settings).build(report, evidence);
    }

    /** {@code report.md} as text. */
    public static String markdown(Report report) {
        return markdown(document(report));
    }

    /** {@code report.md} with the appendix of finding sources. */
    public static String markdownWithSources(Report report) {
        return markdown(document(report, new DocumentSettings(PageSize.A4, null, null, true)));
    }

    public static String markdown(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MarkdownDocumentRenderer().render(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

package io.github.dossier.output;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentRenderer;
import io.github.dossier.output.docx.DocxDocumentRenderer;
import io.github.dossier.output.html.HtmlDocumentRenderer;
import io.github.dossier.output.json.FindingsJson;
import io.github.dossier.output.markdown.MarkdownDocumentRenderer;
import io.github.dossier.output.pdf.PdfDocumentRenderer;
import io.github.dossier.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The output formats, by the names the {@code formats} parameter uses, each with the renderer
 * that writes it: {@code md}, {@code html}, {@code pdf}, {@code docx} and {@code json} (the
 * machine-readable {@code findings.json}, which reads the report rather than its layout). A new
 * format is a renderer package and one constant here.
 */
public enum Format {
    MD("report.md", "report", assets -> document(new MarkdownDocumentRenderer())),
    HTML("report.html", "report", assets -> document(HtmlDocumentRenderer.builder().stylesheet(assets.stylesheet())
            .build())),
    PDF("report.pdf", "report", assets -> document(new PdfDocumentRenderer(assets.stylesheet()))),
    DOCX("report.docx", "report", assets -> document(new DocxDocumentRenderer(assets.wordTemplate()))),
    JSON("findings.json", "findings", assets -> (report, document, out) -> FindingsJson.write(report, out));

    /** The formats written when the {@code formats} parameter is not set. */
    public static final String DEFAULTS = "md,html,pdf,docx,json";

    /** Writes one format's file. */
    @FunctionalInterface
    interface Writer {
        void write(Report report, Document document, OutputStream out) throws IOException;
    }

    private final String fileName;
    private final String classifier;
    private final Function<OutputAssets, Writer> writer;

    Format(String fileName, String classifier, Function<OutputAssets, Writer> writer) {
        this.fileName = fileName;
        this.classifier = classifier;
        this.writer = writer;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * The artifact type the file is published as: its extension ({@code pdf}, {@code json} …),
     * so {@code report.pdf} of version 1.2 is {@code artifactId-1.2-report.pdf} in a repository.
     */
    public String artifactType() {
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }

    /** The classifier it is published under: {@code report}, or {@code findings} for findings.json. */
    public String classifier() {
        return classifier;
    }

    Writer writer(OutputAssets assets) {
        return writer.apply(assets);
    }

    private static Writer document(DocumentRenderer renderer) {
        return (report, document, out) -> renderer.render(document, out);
    }

    /**
     * Parses {@code md,html,pdf,docx,json}; unknown names throw with the list of known ones.
     *
     * @throws IllegalArgumentException naming the unknown format
     */
    public static Set<Format> parseList(String list) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + part.strip() + "'; known formats: " + known(), e);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format given; known formats: " + known());
        }
        return formats;
    }

    private static String known() {
        return Stream.of(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}

package io.github.dossier.output;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentBuilder;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.Image;
import io.github.dossier.output.docx.WordTemplate;
import io.github.dossier.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the chosen formats into the output folder: the report is laid out once as a {@link
 * Document}, and each format's renderer writes it. Everything is rendered in memory, then
 * {@link ReportCommit} puts the whole report in place at once, so a failed or killed build leaves
 * the previous report as it was and readers never see a mix of two builds.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Renders and writes the report in the given formats, with default options.
     *
     * @return the files written, relative to {@code outputDirectory}, sorted
     * @throws OutputException when a file cannot be read or written
     */
    public static List<String> write(Report report, Set<Format> formats, Path outputDirectory) {
        return write(report, OutputOptions.of(formats), outputDirectory);
    }

    /**
     * Renders and writes the report.
     *
     * @return the files written, relative to {@code outputDirectory}, sorted
     * @throws OutputException when a file cannot be read or written
     */
    public static List<String> write(Report report, OutputOptions options, Path outputDirectory) {
        Map<String, byte[]> files = render(report, options);
        ReportCommit.replace(files, outputDirectory);
        return List.copyOf(files.keySet());
    }

    /**
     * Renders the report in memory: every file of the output folder by its name there.
     *
     * @throws io.github.dossier.problem.InvalidInputException when the heap cannot hold the report
     * @throws OutputException when a file cannot be read
     */
    public static Map<String, byte[]> render(Report report, OutputOptions options) {
        HeapBudget budget = HeapBudget.of(report, options.formats());
        budget.check();
        try {
            return renderFormats(report, options);
        } catch (OutOfMemoryError e) {
            throw budget.exhausted(); // what was allocated for the formats is garbage now
        }
    }

    private static Map<String, byte[]> renderFormats(Report report, OutputOptions options) {
        Set<Format> formats = options.formats();
        Map<String, byte[]> evidence = readEvidence(report);
        Document document = layout(report, options, evidence);
        OutputAssets assets = new OutputAssets(options.stylesheetFile().map(UserStylesheet::inline).orElse(""),
                options.wordTemplateFile().map(f -> new WordTemplate(read(f))).orElse(null));
        Map<String, byte[]> files = new TreeMap<>();
        for (Format format : formats) {
            files.put(format.fileName(), render(format, assets, report, document));
        }
        if (formats.contains(Format.MD)) {
            files.putAll(evidence);
        }
        return files;
    }

    /** The layout every format renders. */
    static Document layout(Report report, OutputOptions options, Map<String, byte[]> evidence) {
        Image logo = options.logoFile().map(f -> new Image(f.getFileName().toString(), read(f))).orElse(null);
        return new DocumentBuilder(new DocumentSettings(options.pageSize(), options.timestamp(), logo,
                options.sourcesAppendix())).build(report, evidence);
    }

    private static byte[] render(Format format, OutputAssets assets, Report report, Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            format.writer(assets).write(report, document, out);
        } catch (IOException e) {
            throw new OutputException("cannot write " + format.fileName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OutputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> readEvidence(Report report) {
        Map<String, byte[]> evidence = new LinkedHashMap<>();
        report.evidence().forEach((name, source) -> {
            try {
                evidence.put(name, Files.readAllBytes(source));
            } catch (IOException e) {
                throw new OutputException("cannot read evidence file " + source + ": " + e.getMessage(), e);
            }
        });
        return evidence;
    }
}

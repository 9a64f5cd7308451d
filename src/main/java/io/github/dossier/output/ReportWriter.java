package io.github.dossier.output;

import io.github.dossier.output.docx.DocxReport;
import io.github.dossier.output.pdf.PdfReport;
import io.github.dossier.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the chosen formats into the output folder. Everything is rendered in memory, then
 * {@link ReportCommit} puts the whole report in place at once, so a failed or killed build leaves
 * the previous report as it was and readers never see a mix of two builds.
 */
public final class ReportWriter {

    private static final Map<String, String> MEDIA_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

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
        Map<String, byte[]> files = new TreeMap<>();
        Instant timestamp = Timestamps.of(options, report.info());
        if (formats.contains(Format.MD)) {
            files.put(Format.MD.fileName(), MarkdownReport.render(report).getBytes(StandardCharsets.UTF_8));
            files.putAll(evidence);
        }
        byte[] logo = options.logoFile().map(ReportWriter::read).orElse(null);
        if (formats.contains(Format.HTML) || formats.contains(Format.PDF)) {
            Branding branding = new Branding(options.stylesheetFile().map(UserStylesheet::inline).orElse(""),
                    logo == null ? "" : dataUri(options.logo().toString(), logo));
            String html = new HtmlReport(report, dataUris(evidence), branding).render();
            if (formats.contains(Format.HTML)) {
                files.put(Format.HTML.fileName(), html.getBytes(StandardCharsets.UTF_8));
            }
            if (formats.contains(Format.PDF)) {
                files.put(Format.PDF.fileName(), PdfReport.render(html, report, options.pageSize(), timestamp));
            }
        }
        if (formats.contains(Format.DOCX)) {
            files.put(Format.DOCX.fileName(), DocxReport.render(report, evidence, logo, options.pageSize(), timestamp));
        }
        if (formats.contains(Format.JSON)) {
            files.put(Format.JSON.fileName(), FindingsJson.render(report));
        }
        return files;
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

    private static Map<String, String> dataUris(Map<String, byte[]> evidence) {
        Map<String, String> uris = new LinkedHashMap<>();
        evidence.forEach((name, bytes) -> uris.put(name, dataUri(name, bytes)));
        return uris;
    }

    private static String dataUri(String name, byte[] bytes) {
        return "data:" + mediaType(name) + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String mediaType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}

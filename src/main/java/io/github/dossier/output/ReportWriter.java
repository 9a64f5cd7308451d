package io.github.dossier.output;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentBuilder;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.Image;
import io.github.dossier.output.docx.WordTemplate;
import io.github.dossier.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the chosen formats into the output folder: the report is laid out once as a {@link
 * Document}, and each format's renderer writes it. Everything is rendered in memory and staged
 * beside the folder first, then moved into place file by file, so a failure leaves the previous
 * report as it was and readers never see a half-written file.
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
        Set<Format> formats = options.formats();
        Map<String, byte[]> evidence = readEvidence(report);
        Document document = layout(report, options, evidence);
        OutputAssets assets = new OutputAssets(options.stylesheetFile().map(f -> new String(read(f),
                StandardCharsets.UTF_8)).orElse(""), options.wordTemplateFile().map(f -> new WordTemplate(read(f)))
                .orElse(null));
        Map<String, byte[]> files = new TreeMap<>();
        for (Format format : formats) {
            files.put(format.fileName(), render(format, assets, report, document));
        }
        if (formats.contains(Format.MD)) {
            files.putAll(evidence);
        }
        commit(files, outputDirectory);
        return List.copyOf(files.keySet());
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

    /** Stages every file, then moves each into place; the staging folder is always removed. */
    private static void commit(Map<String, byte[]> files, Path outputDirectory) {
        Path staging = null;
        try {
            Files.createDirectories(outputDirectory);
            staging = Files.createTempDirectory(outputDirectory.getParent(), ".dossier-staging-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = staging.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            for (String name : files.keySet()) {
                Path target = outputDirectory.resolve(name);
                Files.createDirectories(target.getParent());
                move(staging.resolve(name), target);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write the report to " + outputDirectory + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(paths);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover staging folder under target/ is harmless; the report itself is complete
        }
    }
}

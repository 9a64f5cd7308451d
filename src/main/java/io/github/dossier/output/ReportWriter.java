package io.github.dossier.output;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentBuilder;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.Image;
import io.github.dossier.output.docx.WordTemplate;
import io.github.dossier.report.Report;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the chosen formats into the output folder: the report is laid out once as a {@link
 * Document}, and each format's renderer streams it into a file of a staging folder beside the
 * output folder, the formats side by side where there are cores ({@link FormatJobs}). Then the
 * files are moved into place one by one, so a failure leaves the previous report as it was and
 * readers never see a half-written file. The files are the same bytes however many threads
 * render them.
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
     * Renders and writes the report, the formats side by side on as many threads as there are cores.
     *
     * @return the files written, relative to {@code outputDirectory}, sorted
     * @throws OutputException when a file cannot be read or written
     */
    public static List<String> write(Report report, OutputOptions options, Path outputDirectory) {
        return write(report, options, outputDirectory, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Renders and writes the report, at most {@code threads} formats at a time (1: one after the
     * other, in this thread).
     *
     * @return the files written, relative to {@code outputDirectory}, sorted
     * @throws OutputException when a file cannot be read or written
     * @throws io.github.dossier.problem.InvalidInputException when the heap cannot hold the rendering,
     *     saying how much to give
     */
    public static List<String> write(Report report, OutputOptions options, Path outputDirectory, int threads) {
        Set<Format> formats = options.formats();
        Map<String, byte[]> evidence = readEvidence(report);
        Document document = layout(report, options, evidence);
        OutputAssets assets = new OutputAssets(options.stylesheetFile().map(f -> new String(read(f),
                StandardCharsets.UTF_8)).orElse(""), options.wordTemplateFile().map(f -> new WordTemplate(read(f)))
                .orElse(null));
        List<String> names = new ArrayList<>();
        formats.forEach(f -> names.add(f.fileName()));
        if (formats.contains(Format.MD)) {
            names.addAll(evidence.keySet());
        }
        Collections.sort(names);
        Path staging = createStaging(outputDirectory);
        try {
            render(report, document, assets, formats, staging, threads, evidence);
            if (formats.contains(Format.MD)) {
                for (Map.Entry<String, byte[]> file : evidence.entrySet()) {
                    write(staging.resolve(file.getKey()), file.getValue());
                }
            }
            commit(names, staging, outputDirectory);
        } finally {
            deleteQuietly(staging);
        }
        return List.copyOf(names);
    }

    /** The layout every format renders. */
    static Document layout(Report report, OutputOptions options, Map<String, byte[]> evidence) {
        Image logo = options.logoFile().map(f -> new Image(f.getFileName().toString(), read(f))).orElse(null);
        return new DocumentBuilder(new DocumentSettings(options.pageSize(), options.timestamp(), logo,
                options.sourcesAppendix())).build(report, evidence);
    }

    /** Each format into its file under {@code staging}; running out of heap ends in a located message. */
    private static void render(Report report, Document document, OutputAssets assets, Set<Format> formats,
            Path staging, int threads, Map<String, byte[]> evidence) {
        FormatHeap heap = new FormatHeap(report, evidence.values().stream().mapToLong(b -> b.length).sum());
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        List<FormatJobs.Job> jobs = new ArrayList<>();
        for (Format format : formats) {
            Path file = staging.resolve(format.fileName());
            jobs.add(new FormatJobs.Job(format, heap.of(format), () -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    format.writer(assets).write(report, document, out);
                }
            }));
        }
        try {
            FormatJobs.run(jobs, threads, runtime.maxMemory() - used);
        } catch (OutOfMemoryError e) {
            throw heap.exhausted(formats, runtime.maxMemory(), used); // what the formats held is garbage now
        }
    }

    private static Path createStaging(Path outputDirectory) {
        try {
            Files.createDirectories(outputDirectory);
            return Files.createTempDirectory(outputDirectory.toAbsolutePath().getParent(), ".dossier-staging-");
        } catch (IOException e) {
            throw new OutputException("cannot write the report to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
        }
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

    /** Moves each staged file into place. */
    private static void commit(List<String> names, Path staging, Path outputDirectory) {
        try {
            for (String name : names) {
                Path target = outputDirectory.resolve(name);
                Files.createDirectories(target.getParent());
                move(staging.resolve(name), target);
            }
        } catch (IOException e) {
            throw new OutputException("cannot write the report to " + outputDirectory + ": " + e.getMessage(), e);
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

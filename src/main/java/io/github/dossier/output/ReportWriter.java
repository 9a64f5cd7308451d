package io.github.dossier.output;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentBuilder;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.Image;
import io.github.dossier.output.docx.WordTemplate;
import io.github.dossier.report.Report;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the chosen formats into the output folder: the report is laid out once as a {@link
 * Document}, and each format's renderer streams it into its file, the formats side by side where
 * there are cores and heap ({@link FormatJobs}). The files go into the new folder that {@link
 * ReportCommit} puts in place whole, so a failed or killed build leaves the previous report as it
 * was and readers never see a mix of two builds. The files are the same bytes however many
 * threads render them. {@link HeapBudget} refuses a report the heap cannot hold, and turns a
 * rendering that runs out of heap all the same into a message that says how much to give.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Opens the file of a given name, relative to the output folder, for writing. */
    @FunctionalInterface
    private interface FileSink {
        OutputStream open(String name) throws IOException;
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
        HeapBudget budget = HeapBudget.of(report, options.formats());
        budget.check();
        List<String> names = new ArrayList<>();
        ReportCommit.replace(folder -> names.addAll(render(report, options, threads, budget,
                name -> new BufferedOutputStream(Files.newOutputStream(inside(folder, name)), 1 << 16))),
                outputDirectory);
        return List.copyOf(names);
    }

    /**
     * Renders the report in memory, one format after the other: every file of the output folder by
     * its name there.
     *
     * @throws io.github.dossier.problem.InvalidInputException when the heap cannot hold the report
     * @throws OutputException when a file cannot be read
     */
    public static Map<String, byte[]> render(Report report, OutputOptions options) {
        HeapBudget budget = HeapBudget.of(report, options.formats());
        budget.check();
        Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());
        render(report, options, 1, budget, name -> new ByteArrayOutputStream(1 << 16) {
            @Override
            public void close() {
                files.put(name, toByteArray());
            }
        });
        return new TreeMap<>(files);
    }

    /** Every file into what {@code files} opens; running out of heap ends in the budget's message. */
    private static List<String> render(Report report, OutputOptions options, int threads, HeapBudget budget,
            FileSink files) {
        try {
            return renderFormats(report, options, threads, budget, files);
        } catch (OutOfMemoryError e) {
            throw budget.exhausted(); // what the formats held is garbage now
        }
    }

    private static List<String> renderFormats(Report report, OutputOptions options, int threads, HeapBudget budget,
            FileSink files) {
        Set<Format> formats = options.formats();
        Map<String, byte[]> evidence = readEvidence(report);
        Document document = layout(report, options, evidence);
        OutputAssets assets = new OutputAssets(options.stylesheetFile().map(UserStylesheet::inline).orElse(""),
                options.wordTemplateFile().map(f -> new WordTemplate(read(f))).orElse(null));
        List<FormatJobs.Job> jobs = new ArrayList<>();
        for (Format format : formats) {
            jobs.add(new FormatJobs.Job(format, budget.of(format), () -> {
                try (OutputStream out = files.open(format.fileName())) {
                    format.writer(assets).write(report, document, out);
                }
            }));
        }
        Runtime runtime = Runtime.getRuntime();
        FormatJobs.run(jobs, threads, runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
        List<String> names = new ArrayList<>();
        formats.forEach(f -> names.add(f.fileName()));
        if (formats.contains(Format.MD)) {
            for (Map.Entry<String, byte[]> file : evidence.entrySet()) {
                try (OutputStream out = files.open(file.getKey())) {
                    out.write(file.getValue());
                } catch (IOException e) {
                    throw new OutputException("cannot write " + file.getKey() + ": " + e.getMessage(), e);
                }
                names.add(file.getKey());
            }
        }
        Collections.sort(names);
        return names;
    }

    /** The layout every format renders. */
    static Document layout(Report report, OutputOptions options, Map<String, byte[]> evidence) {
        Image logo = options.logoFile().map(f -> new Image(f.getFileName().toString(), read(f))).orElse(null);
        return new DocumentBuilder(new DocumentSettings(options.pageSize(), options.timestamp(), logo,
                options.sourcesAppendix())).build(report, evidence);
    }

    /** {@code name} inside {@code folder}, its folders made; a name that would leave the folder is refused. */
    private static Path inside(Path folder, String name) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw new IOException("output name " + name + " leaves the output folder");
        }
        Files.createDirectories(target.getParent());
        return target;
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

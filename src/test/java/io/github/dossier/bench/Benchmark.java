package io.github.dossier.bench;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Measures rendering time and peak heap for generated engagements of 100, 1,000 and 10,000
 * findings, per output format, inside one JVM after warm-up; then the whole
 * {@code mvn generate-resources} for 1,000 findings, and pandoc on the same combined Markdown.
 * Run it with {@code bench/run.sh}; it prints a table. Not a test: numbers, not verdicts.
 */
public final class Benchmark {

    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final int WARM_UP = 3;
    private static final int RUNS = 5;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (io.github.dossier.problem.InvalidInputException e) {
            System.err.println(e.describe());
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        String pluginVersion = args.length > 1 ? args[1] : "0.1.0-SNAPSHOT";
        List<String> rows = new ArrayList<>();
        double[] markdownAndHtml = new double[1];
        double[] pandoc = new double[1];
        rows.add(String.format(Locale.ROOT, "%-8s %-10s %10s %10s %12s", "findings", "format", "median ms",
                "ms/finding", "peak heap MB"));
        for (int size : SIZES) {
            Path project = work.resolve("eng-" + size);
            EngagementGenerator.write(project, size, pluginVersion);
            for (Set<Format> formats : formatSets()) {
                if (size > 100 && (formats.contains(Format.PDF) || formats.contains(Format.DOCX))) {
                    // 1,000 findings make a 2,000-page document: no client reads one, and laying one out
                    // needs more than the 512 MB heap this benchmark allows
                    rows.add(String.format(Locale.ROOT, "%-8d %-10s %10s", size, name(formats), "(not run)"));
                    continue;
                }
                double[] ms = new double[1];
                rows.add(measure(project, size, formats, ms));
                if (size == 1_000 && formats.equals(EnumSet.of(Format.MD, Format.HTML))) {
                    markdownAndHtml[0] = ms[0];
                }
            }
            if (size == 1_000) {
                rows.add(pandoc(project, pandoc));
                rows.add(maven(project, "md,html"));
                rows.add(maven(project, "md,html,pdf,docx,json"));
            }
        }
        rows.forEach(System.out::println);
        if (pandoc[0] > 0) {
            System.out.printf(Locale.ROOT, "pandoc time / Dossier md+html time (1,000 findings): %.1fx%n",
                    pandoc[0] / markdownAndHtml[0]);
        }
    }

    private static List<Set<Format>> formatSets() {
        List<Set<Format>> sets = new ArrayList<>();
        sets.add(EnumSet.of(Format.MD, Format.HTML));
        for (Format format : Format.values()) {
            sets.add(EnumSet.of(format));
        }
        return sets;
    }

    /**
     * Median of {@link #RUNS} timed builds (descriptor to files) after {@link #WARM_UP} untimed ones;
     * three after one for the paged formats, which take seconds each.
     */
    private static String measure(Path project, int size, Set<Format> formats, double[] median) throws IOException {
        ReportConfig config = new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false);
        Path out = project.resolve("target/dossier-bench");
        boolean paged = formats.contains(Format.PDF) || formats.contains(Format.DOCX);
        int warmUp = paged ? 1 : WARM_UP;
        int runs = paged ? 3 : RUNS;
        for (int i = 0; i < warmUp; i++) {
            ReportWriter.write(new ReportBuilder(config).build(), formats, out);
        }
        System.gc();
        long[] times = new long[runs];
        double peak;
        try (HeapSampler sampler = new HeapSampler()) {
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                Report report = new ReportBuilder(config).build();
                ReportWriter.write(report, formats, out);
                times[i] = System.nanoTime() - start;
            }
            peak = sampler.peakMb();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        java.util.Arrays.sort(times);
        double ms = times[runs / 2] / 1e6;
        median[0] = ms;
        return String.format(Locale.ROOT, "%-8d %-10s %10.1f %10.3f %12.1f", size, name(formats), ms, ms / size,
                peak);
    }

    private static String name(Set<Format> formats) {
        return String.join("+", formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** pandoc converting the same combined Markdown to standalone HTML, the tool a user would otherwise use. */
    private static String pandoc(Path project, double[] median) throws IOException, InterruptedException {
        Path md = project.resolve("target/dossier-bench/report.md");
        ReportWriter.write(new ReportBuilder(new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false)).build(), EnumSet.of(Format.MD), md.getParent());
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            int exit = run(project, List.of("pandoc", "-f", "markdown", "-t", "html", "-s", "--metadata",
                    "title=bench", "-o", "target/pandoc.html", md.toString()));
            if (exit != 0) {
                median[0] = 0;
                return "1000     pandoc     (pandoc not installed; bench/run.sh installs it)";
            }
            times.add(System.nanoTime() - start);
        }
        times.sort(null);
        median[0] = times.get(1) / 1e6;
        return String.format(Locale.ROOT, "%-8d %-10s %10.1f %10.3f %12s", 1000, "pandoc", times.get(1) / 1e6,
                times.get(1) / 1e9, "-");
    }

    /** The whole {@code mvn generate-resources}, Maven's own start-up included, for some formats. */
    private static String maven(Path project, String formats) throws IOException, InterruptedException {
        long start = System.nanoTime();
        int exit = run(project, List.of("mvn", "-o", "-q", "-B", "generate-resources", "-Ddossier.force=true",
                "-Ddossier.formats=" + formats));
        double ms = (System.nanoTime() - start) / 1e6;
        return String.format(Locale.ROOT, "%-8d %-10s %10.1f %10.3f %12s  (%s)", 1000,
                exit == 0 ? "mvn" : "mvn FAILED", ms, ms / 1000, "-", formats);
    }

    private static int run(Path dir, List<String> command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("target/" + command.get(0) + ".log").toFile()).start();
            return process.waitFor(10, TimeUnit.MINUTES) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Samples the used heap every millisecond while running the timed builds: the real peak. */
    private static final class HeapSampler implements AutoCloseable {
        private final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;

        HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        double peakMb() {
            return peak / (1024.0 * 1024.0);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

}

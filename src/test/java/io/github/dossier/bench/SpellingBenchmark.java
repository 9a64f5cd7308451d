package io.github.dossier.bench;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.spelling.Spelling;
import io.github.dossier.spelling.SpellingSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Times the spelling check of a 100-finding report of ordinary English ({@link ProseGenerator}):
 * the first check in the JVM, as a Maven build pays it (LanguageTool loads its rules and
 * dictionaries), then the median of three more. {@code bench/run.sh} runs it in a JVM of its own,
 * after {@link Benchmark}; its argument is the folder to write into.
 */
public final class SpellingBenchmark {

    static final int FINDINGS = 100;

    private SpellingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        row(work).forEach(System.out::println);
    }

    /**
     * The CPU time of the whole JVM (every thread: LanguageTool's, the JIT compiler's, the collector's),
     * in nanoseconds: on a shared machine it says what the wall-clock time cannot.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The benchmark's rows: the first check, and the median of the next three. */
    static java.util.List<String> row(Path work) throws Exception {
        Path project = work.resolve("spelling-" + FINDINGS);
        ProseGenerator.write(project, FINDINGS);
        ReportConfig config = new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false);
        SpellingSettings on = new SpellingSettings(SpellingSettings.Mode.ON, Set.of());
        ClassLoader loader = SpellingBenchmark.class.getClassLoader();
        long start = System.nanoTime();
        long cpuStart = cpu();
        Spelling.Result first = Spelling.build(config, on, loader);
        double cold = (System.nanoTime() - start) / 1e6;
        double coldCpu = (cpu() - cpuStart) / 1e9;
        long[] times = new long[3];
        long[] cpus = new long[3];
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            long c = cpu();
            Spelling.build(config, on, loader);
            times[i] = System.nanoTime() - s;
            cpus[i] = cpu() - c;
        }
        java.util.Arrays.sort(times);
        java.util.Arrays.sort(cpus);
        double warm = times[1] / 1e6;
        // bench/run.sh runs this twice: as Maven starts a JVM, and with the JIT limited to C1 (-XX:TieredStopAtLevel=1)
        String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel=1")) ? "spelling-c1" : "spelling";
        return java.util.List.of(
                String.format(Locale.ROOT, "%-8d %-10s %10.1f %10.3f %12s  (first check in the JVM, %.1f s of CPU on"
                        + " %d cores; %s)", FINDINGS, name, cold, cold / FINDINGS, "-", coldCpu,
                        Runtime.getRuntime().availableProcessors(),
                        first.summary().replaceFirst("^Dossier spelling: ", "")),
                String.format(Locale.ROOT, "%-8d %-10s %10.1f %10.3f %12s  (median of 3 more, %.1f s of CPU)", FINDINGS, name,
                        warm, warm / FINDINGS, "-", cpus[1] / 1e9));
    }
}

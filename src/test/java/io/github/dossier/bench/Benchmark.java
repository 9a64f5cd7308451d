package io.github.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier's benchmark, run by {@code bench/run.sh}: generated engagements of 100, 1,000 and
 * 10,000 findings, each format set rendered in a JVM of its own with a fixed heap ({@link
 * BenchmarkRun}: warm, median of the timed runs, the peak of the heap live after collections);
 * headless Chromium and WeasyPrint printing the same 100-finding report.html, and pandoc
 * converting the same 1,000-finding Markdown; then {@code mvn generate-resources} in a fresh
 * Maven JVM. Prints one table with the ratios. Numbers, not verdicts: not a test.
 */
public final class Benchmark {

    private final Path work;
    private final String version;
    private final List<String> settings;
    private final List<String[]> rows = new ArrayList<>();

    private Benchmark(Path work, String version, List<String> settings) {
        this.work = work;
        this.version = version;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        new Benchmark(work, args.length > 1 ? args[1] : "0.1.0-SNAPSHOT", args.length > 2 ? List.of("-s", args[2])
                : List.of()).run();
    }

    private void run() throws Exception {
        for (int size : new int[] {100, 1_000, 10_000}) {
            EngagementGenerator.write(work.resolve("eng-" + size), size, version);
        }
        double pdf100 = dossier(100, "pdf", 512, "");
        Path html = work.resolve("eng-100/target/bench/report.html");
        dossier(100, "html", 512, "");
        double chromium = external("Chromium --print-to-pdf, same report.html", 100, html.getParent(),
                List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + work.resolve("chromium.pdf"), html.toUri().toString()), 3);
        ratio("Dossier PDF faster than Chromium", chromium, pdf100);
        double weasy = external("WeasyPrint, same report.html", 100, html.getParent(),
                List.of("weasyprint", html.toString(), work.resolve("weasyprint.pdf").toString()), 1);
        ratio("Dossier PDF faster than WeasyPrint", weasy, pdf100);
        double pdf1000 = dossier(1_000, "pdf", 512, "");
        ratio("PDF time, 1,000 / 100 findings (linear: 10)", pdf1000, pdf100);
        double docx100 = dossier(100, "docx", 512, "");
        double docx1000 = dossier(1_000, "docx", 512, "");
        ratio("Word time, 1,000 / 100 findings (linear: 10)", docx1000, docx100);
        double md1000 = dossier(1_000, "md,html", 256, "");
        double md10000 = dossier(10_000, "md,html", 256, "");
        ratio("md+html time, 10,000 / 1,000 findings (linear: 10)", md10000, md1000);
        Path markdown = work.resolve("eng-1000/target/bench/report.md");
        double pandoc = external("pandoc, the same Markdown to standalone HTML", 1_000, markdown.getParent(),
                List.of("pandoc", "-f", "markdown", "-t", "html", "-s", "--metadata", "title=bench", "-o",
                        work.resolve("pandoc.html").toString(), markdown.toString()), 1);
        ratio("Dossier md+html faster than pandoc", pandoc, md1000);
        maven(1_000, "md,html");
        maven(1_000, "md,html,pdf,docx,json");
        print();
    }

    /** A format set rendered in a JVM of its own; returns the median milliseconds. */
    private double dossier(int size, String formats, int heapMb, String note) throws Exception {
        Path project = work.resolve("eng-" + size);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"), BenchmarkRun.class.getName(),
                project.toString(), formats);
        String output = output(project, command);
        Matcher m = Pattern.compile("RESULT (\\S+) (\\S+)").matcher(output);
        if (!m.find()) {
            rows.add(new String[] {"Dossier " + formats + " (-Xmx" + heapMb + "m)", n(size), "FAILED: "
                    + last(output), "", ""});
            return Double.NaN;
        }
        double ms = Double.parseDouble(m.group(1));
        String peak = m.group(2).equals("0") ? "no collection ran" : m.group(2);
        rows.add(new String[] {"Dossier " + formats + " (-Xmx" + heapMb + "m)" + note, n(size), seconds(ms), peak,
                ""});
        return ms;
    }

    /** Another tool, start-up included; returns the median milliseconds, or NaN when it is missing. */
    private double external(String what, int size, Path dir, List<String> command, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            if (exit(dir, command) != 0) {
                rows.add(new String[] {what, n(size), "not run: " + command.get(0) + " is missing or failed"
                        + " (bench/run.sh installs it as root)", "", ""});
                return Double.NaN;
            }
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        double ms = times.get(runs / 2);
        rows.add(new String[] {what, n(size), seconds(ms), "-", ""});
        return ms;
    }

    /** {@code mvn generate-resources} in a fresh Maven JVM: the whole time, and the plugin's own. */
    private void maven(int size, String formats) throws Exception {
        Path project = work.resolve("eng-" + size);
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "generate-resources", "-Ddossier.force=true",
                "-Ddossier.formats=" + formats));
        command.addAll(settings);
        String output = output(project, command);
        double ms = (System.nanoTime() - start) / 1e6;
        Matcher own = Pattern.compile("Dossier: .* in (\\d+) ms").matcher(output);
        String plugin = own.find() ? ", plugin " + seconds(Double.parseDouble(own.group(1))) + " s" : "";
        rows.add(new String[] {"mvn generate-resources, " + formats + " (Maven's default heap)", n(size),
                output.contains("BUILD SUCCESS") ? seconds(ms) + plugin : "FAILED: " + last(output), "-", ""});
    }

    private void ratio(String what, double other, double dossier) {
        String value = Double.isNaN(other) || Double.isNaN(dossier) ? "-"
                : String.format(Locale.ROOT, "%.1f×", other / dossier);
        rows.add(new String[] {what, "", "", "", value});
    }

    private void print() {
        System.out.println("| what | findings | time (s) | peak live heap (MB) | ratio |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    private static String chromium() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(name))) {
                return name;
            }
        }
        return "chromium";
    }

    private static String n(int size) {
        return String.format(Locale.ROOT, "%,d", size);
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms / 1000);
    }

    private static String last(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1].replace('|', '/');
    }

    private static int exit(Path dir, List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.MINUTES) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String output(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.MINUTES);
        return output;
    }
}

package io.github.dossier.output;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether the build's heap can hold the report while it is rendered, told before rendering
 * instead of a bare "Java heap space" halfway through. The estimate is deliberately low (it
 * counts what certainly has to be in memory: the evidence as read and as inlined into the page,
 * per finding what each format measured at least), so a report it refuses could not have been
 * rendered; if rendering still runs out (an image decoded for the PDF can take far more than its
 * file), the same kind of message says so.
 */
final class HeapBudget {

    private static final long MB = 1L << 20;

    private final Report report;
    private final Set<Format> formats;
    private final long evidence;
    private final long findings;
    private final long text;
    private final long estimate;
    private final long maxHeap;

    private HeapBudget(Report report, Set<Format> formats, long evidence, long findings, long text, long estimate,
            long maxHeap) {
        this.report = report;
        this.formats = formats;
        this.evidence = evidence;
        this.findings = findings;
        this.text = text;
        this.estimate = estimate;
        this.maxHeap = maxHeap;
    }

    /** The budget for rendering {@code report} in {@code formats} in this JVM. */
    static HeapBudget of(Report report, Set<Format> formats) {
        return of(report, formats, Runtime.getRuntime().maxMemory());
    }

    static HeapBudget of(Report report, Set<Format> formats, long maxHeap) {
        long evidence = 0;
        for (Path file : report.evidence().values()) {
            evidence += size(file);
        }
        long findings = report.findings().size() + report.before().size() + report.after().size();
        long text = report.findings().stream().mapToLong(HeapBudget::textLength).sum();
        HeapBudget budget = new HeapBudget(report, formats, evidence, findings, text, 0, maxHeap);
        long need = evidence; // read once, kept until the files are written
        for (Format format : formats) {
            need += budget.of(format);
        }
        return new HeapBudget(report, formats, evidence, findings, text, need, maxHeap);
    }

    /**
     * What rendering {@code format} needs beside the report and the evidence as read: lower bounds,
     * from the benchmark (docs: README) less the report model built before. The formats render
     * side by side, so their needs add up. The PDF is laid out in parts of about fifty findings
     * and joined on disk, so only a part's layout and the joined file's structure grow with it;
     * Word holds its whole document; Markdown, HTML and JSON stream.
     */
    long of(Format format) {
        return switch (format) {
            case MD -> text * 2;
            case HTML -> evidence * 5 / 2 + text * 2 + findings * 8 * 1024;
            case PDF -> evidence * 5 / 2 + 32 * MB + findings * 160 * 1024;
            case DOCX -> evidence * 2 + findings * MB * 3 / 10;
            case JSON -> findings * 2 * 1024;
        };
    }

    /**
     * Refuses a report whose rendering cannot fit.
     *
     * @throws InvalidInputException saying how much heap it needs and what else would help
     */
    void check() {
        if (estimate > maxHeap) {
            throw failure("needs about " + mb(estimate) + " of heap, and this build has " + mb(maxHeap),
                    estimate);
        }
    }

    /** The message for a rendering that ran out of heap after all. */
    InvalidInputException exhausted() {
        return failure("ran out of the " + mb(maxHeap) + " of heap this build has (Dossier's estimate was about "
                + mb(estimate) + ")", Math.max(estimate, maxHeap * 2));
    }

    private InvalidInputException failure(String what, long wanted) {
        String shown = formats.stream().sorted().map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        String message = "rendering this report (" + report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s") + ", " + (evidence == 0 ? "no evidence"
                : mb(evidence) + " of evidence") + ") as " + shown
                + " " + what;
        String hint = "give Maven more heap (for example MAVEN_OPTS=-Xmx" + gigabytes(wanted) + "g), write fewer"
                + " formats (pdf needs the most), or split the report";
        return new InvalidInputException("the report does not fit in the heap",
                List.of(Problem.error(Location.of("dossier.formats"), message, hint)));
    }

    private static long textLength(RenderedFinding f) {
        return f.sections().values().stream().mapToLong(String::length).sum() + f.title().length();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + MB - 1) / MB);
    }

    private static long gigabytes(long bytes) {
        return Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    }
}

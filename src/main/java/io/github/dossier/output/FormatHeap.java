package io.github.dossier.output;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.report.Report;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each format needs of the heap while it renders, estimated from the benchmark (docs: the
 * README's benchmark section), and the message for a build that ran out of heap all the same.
 * The PDF is laid out in slices, so its need grows only with the finished file; Word holds its
 * whole document; the other formats stream. Evidence is held once for every format (read before
 * rendering) and, where it is embedded, once more as the engine decodes it.
 */
final class FormatHeap {

    private static final long MB = 1L << 20;

    private final int findings;
    private final long evidence;

    FormatHeap(Report report, long evidenceBytes) {
        this.findings = report.findings().size() + report.before().size() + report.after().size();
        this.evidence = evidenceBytes;
    }

    /** Bytes of heap {@code format} needs while it renders, beside what the build already holds. */
    long of(Format format) {
        return switch (format) {
            case PDF -> 96 * MB + findings * 48 * 1024L + evidence * 3;
            case DOCX -> 32 * MB + findings * 320 * 1024L + evidence * 3;
            case HTML -> 8 * MB + evidence * 2;
            case MD, JSON -> 8 * MB;
        };
    }

    /** The heap all {@code formats} need when they render one after the other. */
    long ofLargest(Set<Format> formats) {
        return formats.stream().mapToLong(this::of).max().orElse(0);
    }

    /**
     * The located message for a rendering that ran out of heap: what it was making, the heap it
     * had, and how much to give it (at least twice what it had, and no less than the estimate).
     */
    InvalidInputException exhausted(Set<Format> formats, long maxHeap, long usedBefore) {
        long wanted = Math.max(2 * maxHeap, usedBefore + ofLargest(formats) * 3 / 2);
        String shown = formats.stream().sorted().map(Format::fileName).collect(Collectors.joining(", "));
        String message = String.format(Locale.ROOT, "rendering %s (%,d finding%s%s) ran out of the %s of heap this"
                + " build has; it needs about %s", shown, findings, findings == 1 ? "" : "s",
                evidence == 0 ? "" : ", " + mb(evidence) + " of evidence", mb(maxHeap), mb(wanted));
        String hint = "give Maven more heap, for example MAVEN_OPTS=-Xmx" + gigabytes(wanted) + "g, or write fewer"
                + " formats in one build (-Ddossier.formats)";
        return new InvalidInputException("the report does not fit in the heap",
                List.of(Problem.error(Location.of("dossier.formats"), message, hint)));
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", (bytes + MB - 1) / MB);
    }

    private static long gigabytes(long bytes) {
        return Math.max(1, (bytes + (1L << 30) - 1) >> 30);
    }
}

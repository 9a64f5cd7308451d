package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.Value;
import io.github.dossier.engagement.WriterSection;
import io.github.dossier.io.ImageCheck;
import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks every evidence image the report embeds before anything is written, located at the
 * value that names it: a truncated or damaged file is the writer's to replace, and the build
 * says which one instead of failing inside an output library (or not at all). {@code check}
 * and {@code assemble} run it alike. Each file is read once, however many values name it.
 */
final class EvidenceImages {

    /** How to mend a damaged image. */
    private static final String IMAGE_HINT = "export or copy it again, in the format its extension names";

    /** 100 megapixels: a full-page screenshot of a long page fits, 400 MB decoded. */
    static final long MAX_PIXELS = 100_000_000L;

    private EvidenceImages() {
    }

    /**
     * @param used the evidence files the report embeds
     * @param prepared the findings, whose values may name images
     */
    static void check(Collection<Path> used, Engagement engagement, List<PreparedFinding> prepared,
            Problems problems) {
        Set<Path> embedded = new HashSet<>(used);
        Map<Path, Optional<Fault>> checked = new HashMap<>();
        for (Map<String, Value> values : scopes(engagement, prepared)) {
            for (Value value : values.values()) {
                if (value instanceof Value.Image image && embedded.contains(image.resolved())) {
                    checked.computeIfAbsent(image.resolved(), EvidenceImages::fault).ifPresent(fault ->
                            problems.error(image.location(), "evidence image " + image.path() + fault.message(),
                                    fault.hint()));
                }
            }
        }
    }

    /** Every place a value can be written: the engagement, each finding, each writer's section. */
    private static List<Map<String, Value>> scopes(Engagement engagement, List<PreparedFinding> prepared) {
        List<Map<String, Value>> scopes = new ArrayList<>();
        scopes.add(engagement.values());
        prepared.forEach(f -> scopes.add(f.spec().values()));
        Stream.concat(engagement.sections().before().stream(), engagement.sections().after().stream())
                .map(WriterSection::values).forEach(scopes::add);
        return scopes;
    }

    /** What is wrong with an image, as the end of a sentence naming it, and how to mend it. */
    private record Fault(String message, String hint) {
    }

    private static Optional<Fault> fault(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            return ImageCheck.problem(bytes, name.substring(name.lastIndexOf('.') + 1))
                    .map(problem -> new Fault(" is not whole: " + problem, IMAGE_HINT))
                    .or(() -> tooManyPixels(bytes));
        } catch (IOException e) {
            return Optional.of(new Fault(" cannot be read: " + TextFiles.describe(e), "check that it is readable"));
        }
    }

    /**
     * An image is decoded to four bytes a pixel to be laid out: a small file of a huge size (a
     * "decompression bomb") would exhaust any heap in the PDF.
     */
    private static Optional<Fault> tooManyPixels(byte[] bytes) {
        return ImageCheck.size(new java.io.ByteArrayInputStream(bytes))
                .filter(size -> (long) size[0] * size[1] > MAX_PIXELS)
                .map(size -> new Fault(String.format(java.util.Locale.ROOT, " is %,d × %,d pixels (%,d MB once"
                        + " decoded), over the limit of %d megapixels", size[0], size[1],
                        (long) size[0] * size[1] * 4 >> 20, MAX_PIXELS / 1_000_000), "scale it down or crop it"));
    }
}

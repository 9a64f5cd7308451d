package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.engagement.Value;
import io.github.dossier.engagement.WriterSection;
import io.github.dossier.io.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files in the evidence folder ({@code evidence/} beside the descriptor) that no value and no
 * {@code scans:} entry names. Hidden files ({@code .gitkeep}) are not evidence.
 */
final class UnusedEvidence {

    /** Deep enough for evidence sorted by finding and host; a deeper tree is not an evidence folder. */
    private static final int DEPTH = 4;

    private UnusedEvidence() {
    }

    static List<Path> of(Engagement engagement, ProjectPaths paths) {
        Path folder = engagement.descriptor().getParent().resolve("evidence");
        if (!Files.isDirectory(folder) || !paths.isInside(folder)) {
            return List.of();
        }
        Set<Path> named = named(engagement);
        try (Stream<Path> walk = Files.walk(folder, DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !named.contains(p))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // only for a helpful warning; the report does not depend on it
        }
    }

    /** Every file a value (engagement, finding or writer's section) or a scan entry names. */
    private static Set<Path> named(Engagement engagement) {
        Set<Path> named = new HashSet<>();
        add(engagement.values(), named);
        engagement.findings().stream().map(FindingSpec::values).forEach(v -> add(v, named));
        Stream.concat(engagement.sections().before().stream(), engagement.sections().after().stream())
                .map(WriterSection::values).forEach(v -> add(v, named));
        engagement.scans().files().forEach(s -> named.add(s.resolved().toAbsolutePath().normalize()));
        return named;
    }

    private static void add(Map<String, Value> values, Set<Path> named) {
        for (Value value : values.values()) {
            if (value instanceof Value.Image image) {
                named.add(image.resolved().toAbsolutePath().normalize());
            } else if (value instanceof Value.File file) {
                named.add(file.resolved().toAbsolutePath().normalize());
            }
        }
    }
}

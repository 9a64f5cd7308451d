package io.github.dossier.incremental;

import io.github.dossier.io.Digests;
import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.library.LibraryResolver;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a report must be rendered again: only when something it was built from
 * changed since the recorded build, or its outputs were touched. Cheap by design: it compares
 * sizes and times and reads a file only when they differ.
 */
public final class UpToDate {

    private static final int SHOWN = 5;

    private UpToDate() {
    }

    /**
     * What changed since the recorded build, for the log; empty when nothing did.
     *
     * @param recorded the last build's state, if any
     * @param settings the plugin version and configuration now
     */
    public static List<String> changes(Optional<BuildState> recorded, Map<String, String> settings, Path projectRoot,
            Path outputDirectory, LibraryResolver resolver) {
        if (recorded.isEmpty()) {
            return List.of("no record of an earlier build");
        }
        List<String> changes = new ArrayList<>();
        Map<String, String> entries = recorded.get().entries();
        settings.forEach((k, v) -> {
            if (!v.equals(entries.get(BuildState.CONFIG + k))) {
                changes.add(k.equals("plugin") ? "the plugin version" : "the configuration (" + k + ")");
            }
        });
        if (entries.keySet().stream().noneMatch(k -> k.startsWith(BuildState.OUTPUT))) {
            changes.add("no outputs recorded");
        }
        entries.forEach((key, value) -> changed(key, value, projectRoot, outputDirectory, resolver)
                .ifPresent(changes::add));
        return changes;
    }

    /** The changes as one log line. */
    public static String describe(List<String> changes) {
        String shown = String.join(", ", changes.subList(0, Math.min(SHOWN, changes.size())));
        return changes.size() > SHOWN ? shown + " and " + (changes.size() - SHOWN) + " more" : shown;
    }

    private static Optional<String> changed(String key, String value, Path root, Path out, LibraryResolver resolver) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon + 1);
        String name = key.substring(colon + 1);
        return switch (kind) {
            case BuildState.INPUT -> stampChanged(root.resolve(name), value) ? Optional.of(name) : Optional.empty();
            case BuildState.OUTPUT -> stampChanged(out.resolve(name), value)
                    ? Optional.of("output " + name + " was changed or removed") : Optional.empty();
            case BuildState.FOLDER -> BuildState.sameTemplates(root.resolve(name), value) ? Optional.empty()
                    : Optional.of("templates in " + name);
            case BuildState.ARTIFACT -> archiveDigest(name, resolver).equals(value) ? Optional.empty()
                    : Optional.of("library " + name);
            default -> Optional.empty();
        };
    }

    private static boolean stampChanged(Path file, String recorded) {
        return FileStamp.parse(recorded).map(s -> !s.matches(file)).orElse(true);
    }

    private static String archiveDigest(String coordinates, LibraryResolver resolver) {
        Optional<LibraryCoordinates> parsed = LibraryCoordinates.parse(coordinates, Location.of(""), new Problems());
        try {
            return parsed.isPresent() ? Digests.of(resolver.resolve(parsed.get())) : "unknown";
        } catch (LibraryResolutionException | IOException e) {
            return "unresolvable";
        }
    }
}

package io.github.dossier.drift;

import io.github.dossier.history.WordDiff;
import io.github.dossier.library.LibraryArchive;
import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.library.LibrarySettings;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Library drift ({@code dossier:check -Ddossier.compareLibrary=g:a:newVersion}): for every template
 * a report uses, whether another version of a library changes it, with a word-level difference of
 * the template files, so a team can decide to move to that version.
 */
public final class LibraryDrift {

    /** How messages name the parameter. */
    public static final String PARAMETER = "<compareLibrary>/-Ddossier.compareLibrary";

    private LibraryDrift() {
    }

    /** What became of one template. */
    public enum State { UNCHANGED, CHANGED, MISSING }

    /**
     * One template the report uses.
     *
     * @param id the template's id
     * @param usedFrom the library the report takes it from ({@code com.acme:findings:1.0}, {@code src/findings})
     * @param state unchanged, changed, or not in the compared library
     * @param diff the word-level difference of the template files, when changed
     */
    public record Entry(String id, String usedFrom, State state, WordDiff diff) {
    }

    /**
     * @param compared the library version compared with
     * @param entries one per template the report uses, by id
     */
    public record Result(LibraryCoordinates compared, List<Entry> entries) {
        public Result {
            entries = List.copyOf(entries);
        }

        public long count(State state) {
            return entries.stream().filter(e -> e.state() == state).count();
        }
    }

    /**
     * @param written the coordinates as the parameter gives them
     * @throws InvalidInputException when the coordinates are wrong or cannot be resolved
     */
    public static Result compare(Report report, String written, LibrarySettings settings) {
        Problems problems = new Problems();
        Location at = Location.of(PARAMETER);
        LibraryCoordinates coordinates = LibraryCoordinates.parse(written, at, problems).orElse(null);
        problems.throwIfErrors("the library to compare with is not usable");
        Path folder;
        try {
            folder = LibraryArchive.unpack(settings.resolver().resolve(coordinates), coordinates,
                    settings.workDirectory());
        } catch (LibraryResolutionException e) {
            problems.error(at, "library " + coordinates + " cannot be used: " + e.getMessage(),
                    "check the coordinates and version, install or deploy that version, or build online");
            problems.throwIfErrors("the library to compare with is not usable");
            throw new IllegalStateException("unreachable", e);
        }
        Map<String, String> usedFrom = new LinkedHashMap<>();
        for (RenderedFinding f : report.findings()) {
            usedFrom.putIfAbsent(f.templateId(), f.library().label());
        }
        List<Entry> entries = new ArrayList<>();
        report.templates().forEach((id, file) -> entries.add(entry(id, usedFrom.getOrDefault(id, ""), file,
                folder.resolve(id + ".md"))));
        return new Result(coordinates, entries);
    }

    private static Entry entry(String id, String usedFrom, Path current, Path other) {
        if (!Files.isRegularFile(other)) {
            return new Entry(id, usedFrom, State.MISSING, null);
        }
        WordDiff diff = WordDiff.of(read(current), read(other));
        return new Entry(id, usedFrom, diff.isEmpty() ? State.UNCHANGED : State.CHANGED, diff.isEmpty() ? null : diff);
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    /** The result as log lines: a heading, one line per template, its changed stretches indented, a count. */
    public static List<String> describe(Result result) {
        List<String> lines = new ArrayList<>();
        lines.add("Library drift: the templates this report uses, compared with " + result.compared());
        for (Entry e : result.entries()) {
            String from = e.usedFrom().isEmpty() ? "" : " (now from " + e.usedFrom() + ")";
            switch (e.state()) {
                case UNCHANGED -> lines.add("  " + e.id() + from + ": unchanged");
                case MISSING -> lines.add("  " + e.id() + from + ": not in " + result.compared());
                case CHANGED -> {
                    lines.add("  " + e.id() + from + ": changed, " + e.diff().counts());
                    e.diff().stretches().forEach(s -> lines.add("      " + s));
                }
            }
        }
        lines.add("Library drift: " + result.count(State.CHANGED) + " changed, " + result.count(State.UNCHANGED)
                + " unchanged, " + result.count(State.MISSING) + " not in " + result.compared() + ", of "
                + result.entries().size() + " template" + (result.entries().size() == 1 ? "" : "s"));
        return lines;
    }
}

package io.github.dossier.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem found in one run, so the user sees them all at once rather than one
 * per build. Not thread-safe: one collector per run.
 */
public final class Problems {

    private final Set<Problem> problems = new LinkedHashSet<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void error(Location location, String message, String hint) {
        add(Problem.error(location, message, hint));
    }

    public void warning(Location location, String message, String hint) {
        add(Problem.warning(location, message, hint));
    }

    public void note(Location location, String message) {
        add(Problem.note(location, message));
    }

    public void addAll(Iterable<Problem> more) {
        more.forEach(this::add);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** All problems, sorted by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(null);
        return List.copyOf(list);
    }

    public List<Problem> errors() {
        return sorted().stream().filter(Problem::isError).toList();
    }

    /** Throws {@link InvalidInputException} when any error was collected. */
    public void throwIfErrors(String summary) {
        if (hasErrors()) {
            throw new InvalidInputException(summary, sorted());
        }
    }
}

package io.github.dossier.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's input is wrong: the descriptor, a template, a value or an evidence file. Carries
 * every problem found, errors and warnings, sorted by location.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(String summary, List<Problem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The summary followed by one line per error. */
    public String describe() {
        List<Problem> errors = errors();
        return Printable.escape(getMessage()) + System.lineSeparator()
                + errors.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}

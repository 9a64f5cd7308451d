package io.github.dossier.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the user's input, located and with a way to fix it.
 *
 * @param location where it is
 * @param severity whether it fails the build
 * @param message what is wrong
 * @param hint how to fix it, or empty
 */
public record Problem(Location location, Severity severity, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location)
            .thenComparing(Problem::severity)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public static Problem error(Location location, String message, String hint) {
        return new Problem(location, Severity.ERROR, message, hint);
    }

    public static Problem warning(Location location, String message, String hint) {
        return new Problem(location, Severity.WARNING, message, hint);
    }

    public static Problem note(Location location, String message) {
        return new Problem(location, Severity.NOTE, message, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /**
     * {@code file:line:column: message — hint}, on one line: characters from the input that do
     * not print as themselves (line breaks, terminal escapes, bidi overrides) are escaped.
     */
    @Override
    public String toString() {
        return Printable.escape(location + ": " + message + (hint.isEmpty() ? "" : " — " + hint));
    }
}

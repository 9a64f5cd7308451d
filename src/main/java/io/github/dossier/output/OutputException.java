package io.github.dossier.output;

/** Writing the report failed for a reason outside the user's input: disk, permissions. */
public final class OutputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}

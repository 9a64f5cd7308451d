package io.github.dossier.library;

/** A library artifact cannot be resolved or unpacked; the message says why, for people. */
public final class LibraryResolutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public LibraryResolutionException(String message) {
        super(message);
    }

    public LibraryResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.github.dossier.risk.cvss;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CVSS value that is neither a score nor a valid vector. Carries every fault found, each naming
 * the metric concerned, so the writer can fix them all at once.
 */
public final class CvssFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One fault.
     *
     * @param message what is wrong ({@code AV:X is not a CVSS 3.1 value; expected N, A, L or P})
     * @param hint how to fix it, or empty
     */
    public record Fault(String message, String hint) {
    }

    private final transient List<Fault> faults;

    public CvssFormatException(List<Fault> faults) {
        super(faults.stream().map(Fault::message).collect(Collectors.joining("; ")));
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one fault");
        }
        this.faults = List.copyOf(faults);
    }

    /** The faults in the order they occur in the value. */
    public List<Fault> faults() {
        return faults;
    }
}

package io.github.dossier.provenance;

import java.util.Objects;

/**
 * The provenance a deliverable records ({@code report.pdf}, {@code report.docx},
 * {@code findings.json}).
 *
 * @param provenance the inputs as recorded
 * @param digest the digest as recorded beside them: equal to {@code provenance.digest()} unless the
 *     record was edited
 */
public record Recorded(Provenance provenance, String digest) {

    public Recorded {
        Objects.requireNonNull(provenance, "provenance");
        digest = Objects.requireNonNullElse(digest, "");
    }

    /** Whether the recorded digest is the digest of the recorded inputs. */
    public boolean isIntact() {
        return digest.equals(provenance.digest());
    }
}

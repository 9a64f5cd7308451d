package io.github.dossier.engagement;

import java.util.Objects;

/**
 * One row of the document control table: an entry of {@code engagement.history}.
 *
 * @param version the document version, as written
 * @param date the date as written, or empty
 * @param author who made the change, or empty
 * @param changes what changed, or empty
 */
public record Revision(String version, String date, String author, String changes) {

    public Revision {
        Objects.requireNonNull(version, "version");
        date = Objects.requireNonNullElse(date, "");
        author = Objects.requireNonNullElse(author, "");
        changes = Objects.requireNonNullElse(changes, "");
    }
}

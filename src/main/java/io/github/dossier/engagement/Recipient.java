package io.github.dossier.engagement;

import java.util.Objects;

/**
 * One row of the document control's distribution list: an entry of
 * {@code engagement.distribution}.
 *
 * @param name who receives the document
 * @param role their role or job title, or empty
 * @param organisation their organisation, or empty
 */
public record Recipient(String name, String role, String organisation) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        role = Objects.requireNonNullElse(role, "");
        organisation = Objects.requireNonNullElse(organisation, "");
    }
}

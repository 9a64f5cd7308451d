package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import java.util.Objects;

/**
 * A decision on an editorial text or writer instruction, by its number in the template
 * ({@code editorial: {1: keep, 2: drop, 3: "new text"}}, SPEC §1.4).
 *
 * @param number the editorial text's number as written
 * @param action keep it, drop it, or replace it
 * @param replacement the new text when replacing, else null
 * @param location where the decision is written
 */
public record EditorialChoice(String number, Action action, Value.Text replacement, Location location) {

    /** What happens to the text. */
    public enum Action {
        KEEP, DROP, REPLACE
    }

    public EditorialChoice {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(location, "location");
        if (action == Action.REPLACE) {
            Objects.requireNonNull(replacement, "replacement");
        }
    }
}

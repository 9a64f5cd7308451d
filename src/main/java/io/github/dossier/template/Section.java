package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.risk.Level;
import java.util.List;

/**
 * One part of a finding's body: the description, or the text under one of the three fixed
 * headings.
 *
 * @param kind which part
 * @param levelText for impact and likelihood, the level as written after the colon, else empty
 * @param level the parsed level, or null when {@code levelText} is not a level (a slot, a typo)
 * @param heading where the heading line is (for the description, where its text starts)
 * @param body the parsed text
 */
public record Section(Kind kind, String levelText, Level level, Location heading, List<Node> body) {

    public Section {
        body = List.copyOf(body);
    }

    /** The four parts in their fixed order. */
    public enum Kind {
        DESCRIPTION(""), IMPACT("Impact"), LIKELIHOOD("Likelihood"), RECOMMENDATION("Recommendation");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        /** The heading word, empty for the description. */
        public String heading() {
            return heading;
        }
    }
}

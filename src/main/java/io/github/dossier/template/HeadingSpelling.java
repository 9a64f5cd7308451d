package io.github.dossier.template;

import io.github.dossier.problem.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a misspelt section heading ({@code #### Likelyhood: Medium}, {@code ### Impact: High}),
 * so that a missing heading is reported where the writer wrote it, with the heading it should be.
 */
final class HeadingSpelling {

    /** A heading of any level: its first word, a colon if any, and the rest. */
    private static final Pattern HEADING = Pattern.compile("#{2,6}[ \\t]*([A-Za-z]+)[ \\t]*(:?)[ \\t]*(.*?)[ \\t]*");
    private static final List<String> WORDS = List.of("Impact", "Likelihood", "Recommendation");

    private HeadingSpelling() {
    }

    /**
     * The line as the heading of {@code kind} (0 Impact, 1 Likelihood, 2 Recommendation) when it looks
     * like a misspelling of it, or of its level of {@code #}.
     */
    static Optional<String> correct(String line, int kind) {
        Matcher m = HEADING.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String word = m.group(1);
        String rest = m.group(3);
        if (m.group(2).isEmpty() && !rest.isEmpty() && io.github.dossier.risk.Level.parse(rest).isEmpty()) {
            return Optional.empty(); // a heading that only starts with the word: "### Impact of the flaw"
        }
        String wanted = WORDS.get(kind);
        boolean near = word.equalsIgnoreCase(wanted) || word.equalsIgnoreCase(wanted + "s")
                || Suggestions.nearest(word, WORDS).filter(wanted::equals).isPresent();
        if (!near) {
            return Optional.empty();
        }
        String level = rest.isEmpty() ? "<Level>" : rest;
        return Optional.of(kind == 2 ? "#### Recommendation" : "#### " + wanted + ": " + level);
    }
}

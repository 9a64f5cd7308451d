package io.github.dossier.spelling;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.util.List;
import java.util.Optional;

/** Turns LanguageTool's matches into warnings at the place the writer wrote the text, with the fix. */
final class SpellingProblems {

    private static final int SHOWN = 3;

    private final SourceLocator locator;
    private final String dictionary;
    private final Problems problems;

    /** @param dictionary the project dictionary as shown to the user, for the hint that accepts a word */
    SpellingProblems(SourceLocator locator, String dictionary, Problems problems) {
        this.locator = locator;
        this.dictionary = dictionary;
        this.problems = problems;
    }

    /** One match in one passage; the same template text in several findings is one warning. */
    void report(Checker.Issue issue, Passage passage) {
        String word = passage.text().substring(issue.from(), Math.max(issue.from(), issue.to()));
        boolean placeholder = word.contains(ProseReader.PLACEHOLDER);
        if (placeholder && (issue.spelling() || word.replace(ProseReader.PLACEHOLDER, "").chars()
                .noneMatch(Character::isLetter))) {
            return; // about what stands for code or a host name ("Dummy Dummy" is no repeated word), not the writer's
        }
        int offset = passage.offset(issue.from());
        Optional<Location> at = locator.locate(passage.source(), offset, word);
        if (at.isEmpty()) {
            return;
        }
        String quoted = "'" + word.replace(ProseReader.PLACEHOLDER, "…").replaceAll("\\s+", " ") + "'";
        if (issue.spelling()) {
            problems.warning(at.get(), "possible spelling mistake " + quoted + " [" + issue.rule() + "]",
                    hint(issue.suggestions(), "add " + quoted + " to " + dictionary + " if it is right"));
        } else {
            String off = "turn the rule off with -Ddossier.spelling.disable=" + issue.rule();
            boolean said = !issue.suggestions().isEmpty() && issue.message().toLowerCase(java.util.Locale.ROOT)
                    .contains("'" + issue.suggestions().get(0).toLowerCase(java.util.Locale.ROOT));
            problems.warning(at.get(), issue.message() + " (" + quoted + ") [" + issue.rule() + "]",
                    said ? off : hint(issue.suggestions(), off));
        }
    }

    /** {@code did you mean 'a', 'b' or 'c'? (otherwise)}, or the other way alone. */
    private static String hint(List<String> suggestions, String otherwise) {
        List<String> shown = suggestions.stream().filter(s -> !s.isBlank()).limit(SHOWN).map(s -> "'" + s + "'")
                .toList();
        if (shown.isEmpty()) {
            return otherwise;
        }
        String list = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        return "did you mean " + list + "? (" + otherwise + ")";
    }
}

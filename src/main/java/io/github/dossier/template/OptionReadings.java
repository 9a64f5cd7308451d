package io.github.dossier.template;

import io.github.dossier.template.Node.Reading;
import java.util.regex.Pattern;

/**
 * Reads the text after an option keyword as a label or as content, by the seven ordered rules of
 * SPEC §1.4. A label names the option and the option covers text after the marker; content is
 * the text the option itself keeps or drops.
 */
final class OptionReadings {

    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Pattern CONDITION = Pattern.compile("(?:IF|If|if)(?![A-Za-z0-9_])");
    /** What may follow a content option's marker on its line: the text runs on. */
    private static final Pattern RUNS_ON = Pattern.compile("[\\p{Ll},.;:)!?\"'\u2018\u2019\u201c\u201d].*",
            Pattern.DOTALL);

    private OptionReadings() {
    }

    /**
     * @param text the text after the keyword, separators removed, as written (markup included)
     * @param singlePipe whether the text has a single {@code |} at its top level
     * @param alone whether the marker stands alone on its line (after an optional list bullet)
     * @param after what follows the marker on its line
     */
    static Reading read(String text, boolean singlePipe, boolean alone, String after) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Reading.BARE;
        }
        if (singlePipe) {
            return Reading.CONTENT_CHOICE;
        }
        if (CONDITION.matcher(t).lookingAt()) {
            return Reading.CONDITION;
        }
        int words = WORDS.split(t).length;
        char last = t.charAt(t.length() - 1);
        if (words >= 3 && (last == '.' || last == '!' || last == '?') || words >= 5 && last == ':') {
            return Reading.CONTENT;
        }
        if (alone) {
            return Reading.LABEL_ALONE;
        }
        String next = after.stripLeading();
        if (!isShortName(t) && (next.isEmpty() || RUNS_ON.matcher(next).matches())) {
            return Reading.CONTENT;
        }
        return Reading.LABEL;
    }

    /** One or two words, each starting with an upper-case letter or a digit: {@code AWS}, {@code ESC1/ESC2}. */
    static boolean isShortName(String text) {
        String[] words = WORDS.split(text.strip());
        if (words.length > 2) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                return false;
            }
        }
        return true;
    }
}

package io.github.dossier.template;

import java.util.regex.Pattern;

/**
 * Recognises a highlight addressed to the writer rather than the client (SPEC §1.4): it starts
 * with an imperative or a writer's condition, names a task ({@code CODIFY}, {@code TODO}, a
 * screenshot, a table to add), is unfinished ({@code such as...}), or shouts part of its
 * request in upper case inside lower-case text. The word list was calibrated on the users'
 * library; docs/template-language.md lists it.
 */
final class WriterInstructions {

    /** Imperatives and writer's phrases at the start of the text (case as written). */
    private static final Pattern START = Pattern.compile("(?:"
            // SPEC §1.4
            + "Please(?! note)|Add|Adjust|Amend|Adapt|Change|Check|Complete|Delete|Find|Give|Include|Insert|Make sure"
            + "|Remove|Replace|Select|Verify|Use"
            // calibrated on the library: more imperatives, conditions and placeholders for content
            + "|Describe|Detail|Explain|Highlight|List|Mention|Provide|Format|Create|Talk|Underline"
            + "|IF|LIST|TABLE|Table (?:listing|of)|Bullet list|EXPLANATION"
            + ")(?![\\p{L}\\p{N}])|Option:|\\(Option");
    /** Task words anywhere in the text. */
    private static final Pattern TASK = Pattern.compile("CODIFY|FIXME|TODO|CHANGEME"
            + "|(?<![\\p{L}])(?i:screenshots?)(?![\\p{L}])");
    /**
     * An upper-case run of two or more words; one of them a word of five or more letters, so that
     * pairs of acronyms ({@code IIS HTTP}, {@code AWS EC2}) are not taken for shouting.
     */
    private static final Pattern SHOUTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+(?:\\s+\\p{Lu}[\\p{Lu}\\p{N}]+)+(?![\\p{L}\\p{N}])");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{Lu}{5,}");
    /** Text left unfinished for the writer to complete. */
    private static final Pattern UNFINISHED = Pattern.compile("(?:\\.\\.\\.|\u2026)\\s*$");

    private WriterInstructions() {
    }

    /** Whether a highlight's content (trimmed, markup included) reads as an instruction to the writer. */
    static boolean isInstruction(String content) {
        if (content.isEmpty()) {
            return false;
        }
        char first = content.charAt(0);
        return (Character.isUpperCase(first) || first == '(') && START.matcher(content).lookingAt()
                || mayNameATask(content) && TASK.matcher(content).find()
                || (content.endsWith("...") || content.endsWith("\u2026")) && UNFINISHED.matcher(content).find()
                || content.chars().anyMatch(Character::isLowerCase) && shouts(content);
    }

    /** A cheap test before the pattern: most highlights name no task. */
    private static boolean mayNameATask(String content) {
        return content.contains("CODIFY") || content.contains("FIXME") || content.contains("TODO")
                || content.contains("CHANGEME") || content.toLowerCase(java.util.Locale.ROOT).contains("screenshot");
    }

    private static boolean shouts(String content) {
        if (!hasUpperCaseRun(content)) {
            return false;
        }
        java.util.regex.Matcher run = SHOUTED.matcher(content);
        while (run.find()) {
            if (run.group().split("\\s+").length >= 3 || LONG_WORD.matcher(run.group()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCaseRun(String content) {
        for (int i = 1; i < content.length(); i++) {
            if (Character.isUpperCase(content.charAt(i)) && Character.isUpperCase(content.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}

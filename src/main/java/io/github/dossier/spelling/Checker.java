package io.github.dossier.spelling;

import java.util.List;

/** A spelling and grammar checker for one language; the only kind is LanguageTool's. */
interface Checker extends AutoCloseable {

    /**
     * One problem LanguageTool found.
     *
     * @param passage the index of the passage it is in
     * @param from where it starts in the passage's text
     * @param to where it ends
     * @param rule the rule's id ({@code MORFOLOGIK_RULE_EN_GB}), for {@code -Ddossier.spelling.disable}
     * @param message what is wrong, as plain text
     * @param suggestions replacements, best first
     * @param spelling whether it is a spelling mistake (the dictionary can accept the word)
     */
    record Issue(int passage, int from, int to, String rule, String message, List<String> suggestions,
            boolean spelling) {
        public Issue {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** The language checked, as people name it ({@code English (GB)}) with its tag. */
    String language();

    /** Accepts these words (one per entry) and phrases (entries with spaces) as spelt right. */
    void accept(List<String> words);

    /** The problems in each passage, all passages checked at once. */
    List<Issue> check(List<String> passages);

    /** Frees the checker's threads. */
    @Override
    void close();
}

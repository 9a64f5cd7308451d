package io.github.dossier.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The classification rules of SPEC §1.3 and §1.4 for the content of a {@code {==…==}} highlight. */
final class Highlights {

    /**
     * An option keyword: {@code OPTION}, also glued to its text ({@code OPTIONBlindXSS}), and the
     * library's misspellings {@code OPTIONAL} and {@code OPION}.
     */
    private static final Pattern OPTION_KEYWORD = Pattern.compile("(?:OPTIONAL(?![A-Za-z])|OPTION|OPION)");
    /** What separates an option keyword from its text: removed before the text is read. */
    private static final Pattern OPTION_SEPARATOR = Pattern.compile("[\\s:_]*");
    private static final Pattern ALTERNATIVE = Pattern.compile("(EITHER|OR)(?![A-Za-z0-9_])\\s*(.*)", Pattern.DOTALL);
    private static final Pattern SLOT_WORD = Pattern.compile("[A-Za-z0-9_./+\\-\\[\\]]+");
    private static final Pattern CHOICE_SPACING = Pattern.compile("\\s*\\|\\|\\s*");
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)(['\u2019]s)");

    private Highlights() {
    }

    /**
     * Where an option keyword's text starts ({@code OPTION AWS} → the index of {@code AWS}), or -1
     * when {@code content} is not an option marker. Leading {@code :}, {@code _} and spaces are
     * skipped; glued text ({@code OPTIONBlindXSS}) starts right after the keyword.
     */
    static int optionTextStart(String content) {
        if (!content.startsWith("OP")) {
            return -1;
        }
        Matcher keyword = OPTION_KEYWORD.matcher(content);
        if (!keyword.lookingAt()) {
            return -1;
        }
        Matcher separator = OPTION_SEPARATOR.matcher(content).region(keyword.end(), content.length());
        separator.lookingAt();
        return separator.end();
    }

    /** The keyword as written, for messages and {@code migrate}: {@code OPION} in {@code OPION foo}. */
    static String optionKeyword(String content) {
        Matcher keyword = OPTION_KEYWORD.matcher(content);
        return keyword.lookingAt() ? keyword.group() : "";
    }

    /** {@code EITHER} or {@code OR} with its label, or null if not an alternative marker. */
    static String[] alternativeMarker(String content) {
        if (!content.startsWith("OR") && !content.startsWith("EITHER")) {
            return null;
        }
        Matcher m = ALTERNATIVE.matcher(content);
        return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : null;
    }

    static boolean isNote(String content) {
        return content.startsWith("NOTE");
    }

    /**
     * A slot name: no lower-case letter and at least one upper-case one, or a single word of
     * letters, digits and {@code _ . / + - [ ]} with an upper-case letter in it.
     */
    static boolean isSlotName(String content) {
        boolean upper = content.chars().anyMatch(Character::isUpperCase);
        if (!upper) {
            return false;
        }
        boolean lower = content.chars().anyMatch(Character::isLowerCase);
        return !lower || SLOT_WORD.matcher(content).matches();
    }

    /** For {@code CLIENTNAME's}: the slot name and the literal suffix, or null. */
    static String[] possessiveSlot(String content) {
        Matcher m = POSSESSIVE.matcher(content);
        if (m.matches() && isSlotName(m.group(1)) && !m.group(1).chars().anyMatch(Character::isLowerCase)) {
            return new String[] {m.group(1), m.group(2)};
        }
        return null;
    }

    /** The key of a choice, spacing around its separators removed: {@code is || are} → {@code is||are}. */
    static String choiceKey(String content) {
        return content.indexOf("||") < 0 ? content.strip() : CHOICE_SPACING.matcher(content.strip()).replaceAll("||");
    }
}

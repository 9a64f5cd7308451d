package io.github.dossier.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is not prose inside running text, and so never spell-checked: a draft's marks, URLs, e-mail
 * addresses, CVSS vectors, IP addresses, paths, host and file names (anything with a dot inside a
 * word), and identifiers (words with digits or underscores, camelCase and PascalCase names).
 */
final class NonProse {

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "\\{==.*?==\\}", // a draft's mark of what is still open: {==URL==}, {==OPTION 2: AWS==}
            // URL: parentheses inside it (…/hh831683(v=ws.11)) are its own, trailing punctuation is the sentence's
            "(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)(?:\\([^\\s()]*\\)|[^\\s()])*(?:\\([^\\s()]*\\)|[^\\s().,;:!?'\"\\]])",
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", // e-mail
            "CVSS:\\d\\.\\d(?:/[A-Za-z]+:[A-Za-z]+)*", // CVSS vector
            "(?<![\\w/])(?:[A-Za-z]{1,3}:[A-Za-z](?:/|$)){2,}\\S*", // vector without its prefix
            "(?:/[\\w.~%+-]+){2,}/?", // Unix path
            "[A-Za-z]:\\\\\\S+|\\\\\\\\\\S+", // Windows path, UNC path
            "\\b[\\w-]+(?:\\.[\\w-]+)+(?::\\d+)?\\b", // host name (with port), file name, version, IPv4
            "::[0-9a-fA-F:]*|\\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,}\\b", // IPv6
            "\\b[\\w-]*\\d[\\w-]*\\b", // digits: CVE-2021-44228, MS17-010, SHA256
            "\\b\\w*_\\w*\\b", // snake_case
            "\\b[A-Za-z][a-z]*[A-Z][A-Za-z]*\\b")); // camelCase, PascalCase (not all-capitals)
    /** {@code e.g}, {@code i.e}: abbreviations, not host names. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:[A-Za-z]\\.)+[A-Za-z]");

    private static final Pattern SPACE = Pattern.compile("\\s");

    private NonProse() {
    }

    /** The {@code [start, end)} ranges of {@code text} that are not prose. */
    static List<int[]> ranges(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && !isAllCapitals(m.group()) && !ABBREVIATION.matcher(m.group()).matches()) {
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        return ranges;
    }

    /** {@code SQL}: an acronym, which the checker knows or the dictionary lists. */
    private static boolean isAllCapitals(String token) {
        return token.chars().allMatch(c -> Character.isUpperCase(c)) && token.length() > 1;
    }

    /**
     * Whether a whole value is an identifier rather than words: a single token that is a URL, host,
     * path, version, key or reference ({@code @sqli}), or holds characters words do not.
     */
    static boolean isIdentifier(String value) {
        String v = value.strip();
        if (v.isEmpty() || SPACE.matcher(v).find()) {
            return false;
        }
        if (v.startsWith("@") || v.chars().anyMatch(c -> "/\\:@_#=?&<>{}[]|".indexOf(c) >= 0)) {
            return true;
        }
        List<int[]> ranges = ranges(v);
        return !ranges.isEmpty() && ranges.get(0)[0] == 0 && ranges.get(0)[1] == v.length();
    }
}

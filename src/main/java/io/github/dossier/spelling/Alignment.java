package io.github.dossier.spelling;

/**
 * Where each character of a commonmark text literal stands in the Markdown it was parsed from:
 * the same text, but for backslash escapes ({@code \*}) and entities ({@code &amp;}) in the source.
 */
final class Alignment {

    private Alignment() {
    }

    /**
     * The Markdown offset of each character of {@code literal}.
     *
     * @param source the Markdown the literal was read from
     * @param base the offset of {@code source} in the whole Markdown
     */
    static int[] of(String literal, String source, int base) {
        int[] at = new int[literal.length()];
        int n = source.length();
        int i = 0;
        for (int j = 0; j < literal.length(); j++) {
            char c = literal.charAt(j);
            if (i < n && source.charAt(i) == c) {
                at[j] = i++;
            } else if (i + 1 < n && source.charAt(i) == '\\' && source.charAt(i + 1) == c) {
                at[j] = i + 1;
                i += 2;
            } else if (i < n && source.charAt(i) == '&') {
                at[j] = i;
                i = entityEnd(source, i);
            } else {
                at[j] = Math.max(0, Math.min(i, n - 1)); // text the parser changed: keep the place
            }
            at[j] += base;
        }
        return at;
    }

    private static int entityEnd(String source, int i) {
        int semicolon = source.indexOf(';', i);
        return semicolon > i && semicolon - i <= 32 ? semicolon + 1 : i + 1;
    }
}

package io.github.dossier.spelling;

/**
 * A paragraph, heading or table cell as the checker reads it: plain text, with what is not prose
 * (code, URLs, host names, identifiers) standing as one placeholder word, and for each character
 * the offset in the Markdown it came from.
 *
 * @param text the plain text
 * @param offsets the Markdown offset of each character of {@code text}, and after the last one the
 *     offset where the passage ends
 * @param source the Markdown it was read from
 */
record Passage(String text, int[] offsets, RenderedText source) {

    /** The Markdown offset of the character at {@code index}. */
    int offset(int index) {
        return offsets[Math.max(0, Math.min(index, text.length()))];
    }
}

package io.github.dossier.spelling;

import io.github.dossier.engagement.Value;
import java.util.Arrays;
import java.util.Optional;

/**
 * Builds one {@link Passage}: checked characters with their Markdown offsets, and a placeholder for
 * each run of what is not prose. An identifier-like value ({@code portal.acme.example},
 * {@code @sqli}, with the cross-reference link it becomes) is not prose, nor is what
 * {@link NonProse} names; everything else is.
 */
final class PassageBuilder {

    private final RenderedText rendered;
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[64];
    private int end;

    PassageBuilder(RenderedText rendered) {
        this.rendered = rendered;
    }

    /** A commonmark text node: {@code literal}, read from the Markdown {@code [start, end)}. */
    void text(String literal, int start, int end) {
        if (start < 0) {
            return;
        }
        int[] at = Alignment.of(literal, rendered.markdown().substring(start, end), start);
        boolean[] prose = new boolean[literal.length()];
        for (int i = 0; i < literal.length(); i++) {
            prose[i] = isProse(at[i]);
        }
        for (int[] range : NonProse.ranges(literal)) {
            Arrays.fill(prose, range[0], range[1], false);
        }
        int i = 0;
        while (i < literal.length()) {
            int j = i;
            while (j < literal.length() && prose[j] == prose[i]) {
                j++;
            }
            if (prose[i]) {
                for (int k = i; k < j; k++) {
                    append(literal.charAt(k), at[k]);
                }
            } else {
                placeholder(at[i]);
            }
            i = j;
        }
        this.end = end;
    }

    /** Something that is not prose, such as inline code. */
    void hidden(int start, int end) {
        if (start >= 0) {
            placeholder(start);
            this.end = end;
        }
    }

    /** A line break (commonmark gives it no source span): a space within a sentence, else a paragraph break. */
    void lineBreak(boolean continues) {
        for (char c : (continues ? " " : "\n\n").toCharArray()) {
            append(c, end);
        }
    }

    /** The passage, or empty when it holds no word to check. */
    Optional<Passage> build() {
        String plain = text.toString();
        if (plain.replace(ProseReader.PLACEHOLDER, "").chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        int[] all = Arrays.copyOf(offsets, plain.length() + 1);
        all[plain.length()] = end;
        return Optional.of(new Passage(plain, all, rendered));
    }

    /** Template text, words, and the resolver's own text (its draft marks are not prose, by {@link NonProse}). */
    private boolean isProse(int offset) {
        RenderedText.Origin origin = rendered.originAt(offset);
        return origin == null || origin.value() == null || !(origin.value() instanceof Value.Text t)
                || !NonProse.isIdentifier(t.text());
    }

    private void placeholder(int at) {
        if (text.length() > 0 && text.toString().endsWith(ProseReader.PLACEHOLDER)) {
            return;
        }
        for (char c : ProseReader.PLACEHOLDER.toCharArray()) {
            append(c, at);
        }
    }

    private void append(char c, int at) {
        if (text.length() + 1 >= offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[text.length()] = at;
        text.append(c);
    }
}

package io.github.dossier.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word-level difference the change chapter and library drift quote. */
class WordDiffTest {

    @Test
    void countsAndQuotesTheChangedStretches() {
        WordDiff diff = WordDiff.of("The server accepts TLS 1.0.", "The server accepts TLS 1.0 and TLS 1.1.\n");

        assertThat(diff.added()).isEqualTo(4);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.summary()).isEqualTo("4 words added, 1 removed: “1.0.” → “1.0 and TLS 1.1.”");
    }

    @Test
    void spacesAndLineBreaksAreNotWords() {
        assertThat(WordDiff.of("one  two\nthree", " one two three ").isEmpty()).isTrue();
        assertThat(WordDiff.of("", "  ").isEmpty()).isTrue();
    }

    @Test
    void additionsAndRemovalsAreNamedAsSuch() {
        WordDiff diff = WordDiff.of("Fix it now.", "Fix it promptly now. Then retest.");

        assertThat(diff.stretches()).containsExactly("added “promptly”", "added “Then retest.”");
        assertThat(WordDiff.of("Fix it now please.", "Fix it now.").stretches())
                .containsExactly("“now please.” → “now.”");
        assertThat(WordDiff.of("a b c", "a c").stretches()).containsExactly("removed “b”");
        assertThat(WordDiff.of("a b c", "a c").counts()).isEqualTo("0 words added, 1 removed");
        assertThat(WordDiff.of("a", "a b").counts()).isEqualTo("1 word added, 0 removed");
    }

    @Test
    void longStretchesAreCutAndOnlyTheFirstFewAreQuoted() {
        WordDiff diff = WordDiff.of("w1 k w2 k w3 k w4 k w5", "x1 k x2 k x3 k x4 k one two three four five six seven"
                + " eight nine");

        assertThat(diff.deltas()).hasSize(5);
        assertThat(diff.summary()).isEqualTo("13 words added, 5 removed: “w1” → “x1”; “w2” → “x2”; “w3” → “x3”;"
                + " 2 more");
        assertThat(diff.stretches().get(4)).isEqualTo("“w5” → “one two three four five six seven eight …”");
    }
}

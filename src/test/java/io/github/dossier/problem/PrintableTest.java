package io.github.dossier.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages print on one line, showing what the input holds: nothing can forge or reorder a log line. */
class PrintableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "line break forges a log line | 'a\n[ERROR] b' | a\\n[ERROR] b",
        "carriage return             | 'a\rb'        | a\\rb",
        "tab                         | 'a\tb'        | a\\tb",
        "terminal colour             | 'a\u001B[31mb' | a\\u001B[31mb",
        "right-to-left override      | 'a\u202Eb'    | a\\u202Eb",
        "first strong isolate        | 'a\u2068b'    | a\\u2068b",
        "zero-width space            | 'a\u200Bb'    | a\\u200Bb",
        "zero-width joiner           | 'a\u200Db'    | a\\u200Db",
        "byte-order mark             | 'a\uFEFFb'    | a\\uFEFFb",
        "line separator              | 'a\u2028b'    | a\\u2028b",
        "delete and C1 controls      | 'a\u007F\u0085b' | a\\u007F\\u0085b",
        "tag beyond the BMP          | 'a\uDB40\uDC01b' | a\\uDB40\\uDC01b",
    })
    void hiddenCharactersAreEscaped(String name, String text, String printed) {
        assertThat(Printable.escape(text)).isEqualTo(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "Zürich — 東京 ✓", "C:\\path\\file", "emoji 🙂", "ﬁ ligature"})
    void visibleTextIsLeftAlone(String text) {
        assertThat(Printable.escape(text)).isSameAs(text);
        assertThat(Printable.firstSuspicious(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\there", "crlf\r\n"})
    void lineBreaksAndTabsAreNotSuspiciousInValues(String text) {
        assertThat(Printable.firstSuspicious(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theFirstSuspiciousCharacterIsFoundAndNamed() {
        assertThat(Printable.firstSuspicious("ab\u202Ec\u200B")).hasValue(2);
        assertThat(Printable.describe(0x202E)).isEqualTo("U+202E (RIGHT-TO-LEFT OVERRIDE)");
    }

    @org.junit.jupiter.api.Test
    void aProblemPrintsOnOneLine() {
        Problem p = Problem.error(new Location("a\nb.yaml", 3, 4), "value 'x\u202E'", "fix\r\nit");
        assertThat(p.toString()).isEqualTo("a\\nb.yaml:3:4: value 'x\\u202E' — fix\\r\\nit").doesNotContain("\n");
    }
}

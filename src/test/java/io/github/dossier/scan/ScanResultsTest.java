package io.github.dossier.scan;

import static io.github.dossier.scan.ScanFixtures.capture;
import static io.github.dossier.scan.ScanFixtures.nessus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Matching rules against kept results: counting, de-duplication, natural order, bounded captures. */
class ScanResultsTest {

    private final Problems problems = new Problems();
    private final ScanResults results = new ScanResults();

    private void add(String plugin, String host, int port, String output) {
        results.add(new NessusItem(plugin, host, "https://" + host + (port == 443 ? "" : ":" + port), output));
    }

    @Test
    void affectedSystemsAndListsAreDeduplicatedInNaturalOrder() {
        add("1", "10.0.0.10", 443, "");
        add("1", "10.0.0.9", 443, "");
        add("2", "10.0.0.9", 8443, "");
        add("1", "10.0.0.10", 443, "");
        ScanRule rule = nessus(ScanRule.Naming.SERVICE, new ScanRule.Listing(ScanRule.Kind.HOSTS), "1", "2", "3");
        ScanMatch m = results.match(rule, problems);
        assertThat(m.results()).isEqualTo(4);
        assertThat(m.affected()).containsExactly("https://10.0.0.9", "https://10.0.0.9:8443", "https://10.0.0.10");
        assertThat(m.placeholder()).containsExactly("10.0.0.9", "10.0.0.10");
    }

    @Test
    void aRuleMatchingNothingIsEmpty() {
        add("1", "h", 443, "");
        ScanMatch m = results.match(nessus(ScanRule.Naming.HOST, null, "9"), problems);
        assertThat(m.isEmpty()).isTrue();
        assertThat(m.affected()).isEmpty();
    }

    @Test
    void captureFindsEveryOccurrenceAndSkipsBlankValues() {
        add("1", "a", 443, "cipher: RC4-MD5\ncipher: RC4-SHA\ncipher:  \n");
        add("1", "b", 443, "cipher: RC4-SHA");
        ScanMatch m = results.match(nessus(ScanRule.Naming.HOST, capture("^cipher: (?<c>.*)$", "c"), "1"), problems);
        assertThat(m.placeholder()).containsExactly("RC4-MD5", "RC4-SHA");
    }

    @Test
    void aCatastrophicPatternGivesUpQuicklyWithAWarning() {
        add("1", "a", 443, "a".repeat(30) + "!");
        add("1", "b", 443, "aab");
        // nested counted repetition: Java's regex engine backtracks exponentially on it
        ScanRule rule = nessus(ScanRule.Naming.HOST, capture("(?<run>(a{1,30}){1,30}b)", "run"), "1");
        ScanMatch m = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> results.match(rule, problems));
        assertThat(m.placeholder()).containsExactly("aab");
        assertThat(problems.sorted()).extracting(Problem::toString).containsExactly("src/findings/t.md:2:1: the capture"
                + " pattern gave up on the plugin output of 1 result (it backtracks too much) — simplify the pattern:"
                + " avoid nested repetition such as (a+)+");
    }

    @Test
    void readsAreBudgetedAcrossSubsequences() {
        BoundedText text = new BoundedText("abcdef", 3);
        CharSequence tail = text.subSequence(2, 6);
        assertThat(tail.charAt(0)).isEqualTo('c');
        assertThat(text.charAt(0)).isEqualTo('a');
        assertThat(tail.toString()).isEqualTo("cdef");
        tail.charAt(1);
        Assertions.assertThrows(BoundedText.Exhausted.class, () -> text.charAt(1));
    }
}

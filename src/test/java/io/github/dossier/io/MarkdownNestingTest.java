package io.github.dossier.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown nests at most {@value MarkdownNesting#MAX_LEVELS} levels; the first place past that is found. */
class MarkdownNestingTest {

    private static final int MAX = MarkdownNesting.MAX_LEVELS;

    /** Each construct at the limit passes, one level more fails at that level's marker. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "block quotes   | '> '  | ''          | 2",
        "bullet lists   | '- '  | ''          | 2",
        "ordered lists  | '1. ' | ''          | 3",
        "emphasis       | '*a ' | '*'         | 3",
        "strong         | '__a ' | '__'       | 4",
        "links in images | '!['  | '](x.png)' | 2",
    })
    void eachConstructCountsOneLevel(String name, String open, String close, int width) {
        String atLimit = open.repeat(MAX) + "x" + close.repeat(MAX);
        String past = open.repeat(MAX + 1) + "x" + close.repeat(MAX + 1);
        assertThat(MarkdownNesting.find(atLimit, MAX)).isEmpty();
        assertThat(MarkdownNesting.find(past, MAX)).hasValue(new MarkdownNesting.TooDeep(0, MAX * width));
    }

    @Test
    void levelsAddUpAcrossConstructsAndLines() {
        String text = "Intro.\n\n" + "> - ".repeat(5) + "*a ".repeat(5) + "x" + "*".repeat(5) + "\n\nafter";
        assertThat(MarkdownNesting.find(text, 15)).isEmpty();
        assertThat(MarkdownNesting.find(text, 14)).hasValue(new MarkdownNesting.TooDeep(2, 32));
    }

    @Test
    void siblingsDoNotAddUp() {
        String text = ("> quote\n\n" + "- item\n\n" + "*a* **b** [c](d)\n\n").repeat(200);
        assertThat(MarkdownNesting.find(text, 2)).isEmpty();
    }

    @Test
    void indentedListsCountByStructure() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= MAX; i++) {
            text.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
        }
        assertThat(MarkdownNesting.find(text.toString(), MAX)).hasValue(new MarkdownNesting.TooDeep(MAX, 2 * MAX));
    }

    /** The bound read off the text is never below the nesting the parser finds, whatever the text. */
    @Property(tries = 2000, seed = "20261130")
    void theCheapBoundIsNeverExceeded(@ForAll("markdown") String text) {
        assertThat(MarkdownNesting.find(text, MarkdownNesting.upperBound(text))).isEmpty();
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("> ", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", "\n", "\n\n", "*", "**", "_",
                "__", "[", "](u)", "![", "<https://a.example>", "a", "word ", "`", "```\n", "| a | b |\n", "\\", "#")
                .list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Test
    void ordinaryTemplatesNeedNoParse() {
        String template = "### Title\nThe host{s||} at {==URL==} is **old**.\n\n- one\n- two *a* [x](y)\n  - nested\n\n"
                + "> quoted\n#### Impact: Low\nText with `code` and <https://a.example>.\n";
        assertThat(MarkdownNesting.upperBound(template)).isLessThanOrEqualTo(MAX);
    }

    @Test
    void hostileInputIsWalkedWithoutRecursion() {
        String text = "> ".repeat(200_000) + "x";
        Optional<MarkdownNesting.TooDeep> deep = MarkdownNesting.find(text, MAX);
        assertThat(deep).hasValue(new MarkdownNesting.TooDeep(0, 2 * MAX));
    }

    @Test
    void aFileIsLocatedWhereItNestsAValueAtItsKey() {
        Problems problems = new Problems();
        String text = "ok\n\n" + "> ".repeat(MAX + 1) + "x";
        assertThat(MarkdownNesting.checkFile(text, new Location("t.md", 7, 1), problems)).isFalse();
        assertThat(MarkdownNesting.checkValue(text, new Location("e.yaml", 3, 5), "the value of X", problems))
                .isFalse();
        assertThat(problems.sorted()).extracting(Problem::toString).allSatisfy(m -> assertThat(m)
                .contains("nests more than " + MAX + " levels deep")).satisfiesExactly(
                        value -> assertThat(value).startsWith("e.yaml:3:5: the value of X (its line 3) nests"),
                        file -> assertThat(file).startsWith("t.md:9:" + (2 * MAX + 1) + ": Markdown here nests"));
    }
}

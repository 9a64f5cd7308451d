package io.github.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and pathological markup: whatever the text, parsing and resolving end in Markdown or
 * our own located problems, never an exception, and in time linear enough for huge inputs.
 */
class HostileMarkupTest {

    private static final String[] PIECES = {"{", "}", "||", "|", "{==", "==}", "==", "{=", "=}", "`", "```", "\n",
        "\n\n", " ", ".", "! ", "? ", "- ", "1. ", "OPTION", "EITHER", "OR", "NOTE", "URL", "s", "abc", "\\", "#### ",
        "~~~", "@k", "'s", "[x]()", "<b>", "&amp;", "\t", "é", "𝄞"};

    @Test
    void randomMarkupNeverThrows() {
        Random random = new Random(20261125L);
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String body = sb.toString();
            boolean draft = random.nextBoolean();
            assertThatCode(() -> {
                RenderTester tester = RenderTester.body(body).plural(random.nextBoolean());
                if (draft) {
                    tester.draft();
                }
                try {
                    tester.render();
                } catch (AssertionError parseFailed) {
                    // the template did not parse: fine, as long as it said why
                    assertThat(parseFailed.getMessage()).contains("template did not parse");
                }
            }).as("body %s", body.replace("\n", "\\n")).doesNotThrowAnyException();
        }
    }

    @Test
    @Timeout(30) // a guard against super-linear parsing (minutes), not a timing: busy CI machines are slow
    void deeplyNestedMarkupIsRefusedQuickly() {
        String nested = "{a||".repeat(5000) + "x" + "}".repeat(5000) + " " + "{==".repeat(3000) + "y"
                + "==}".repeat(3000);
        RenderTester tester = RenderTester.body(nested);
        tester.render();
        // reported at the toggle that holds 32 levels inside it: the 33rd from the innermost
        assertThat(tester.errors()).containsExactly("t.md:6:" + ((5000 - 33) * 4 + 1) + ": markup is nested more than"
                + " 32 levels deep — simplify the template: toggles and highlights rarely need more than three levels");
    }

    @Test
    @Timeout(30) // a guard against super-linear parsing (minutes), not a timing: busy CI machines are slow
    void unmatchedBracesInProseAreNoNesting() {
        RenderTester tester = RenderTester.body("{ ".repeat(20000) + "host{s||} {a||{b||c}}");
        assertThat(tester.plural(false).render()).endsWith("{ host c");
        assertThat(tester.errors()).isEmpty();
    }

    @Test
    @Timeout(30) // a guard against super-linear parsing (minutes), not a timing: busy CI machines are slow
    void strayClosersOnOneLongLineAreFast() {
        // each one is reported, and each costs the same however long its line is
        RenderTester tester = RenderTester.body("x ==} y }".repeat(30000)).draft();
        assertThat(tester.template().malformations()).hasSize(30000);
        assertThat(tester.render()).startsWith("x ==} y }x ==} y }");
    }

    @Test
    @Timeout(30) // a guard against super-linear parsing (minutes), not a timing: busy CI machines are slow
    void parenthesisedPaddingOnOneLongLineIsFast() {
        // base64 padding before ')' is no broken closer, and deciding so does not read the line again
        RenderTester tester = RenderTester.body("(aGk=) (aGk==) ".repeat(30000)).draft();
        assertThat(tester.template().malformations()).isEmpty();
    }

    @Test
    void nestingWithinTheLimitRenders() {
        String nested = "{a||".repeat(30) + "x" + "}".repeat(30);
        assertThat(RenderTester.body(nested).plural(false).render()).isEqualTo("x");
    }

    @Test
    @Timeout(30) // a guard against super-linear parsing (minutes), not a timing: busy CI machines are slow
    void longFlatTemplatesAreFast() {
        String line = "The host{s||} at {==URL==} {are||is} old{==, which matters==}. {==OPTION==} Maybe. `code {x||y}`\n";
        String body = line.repeat(20000);
        assertThat(RenderTester.body(body).value("URL", "u").plural(false).render()).contains("The host at u is old");
    }

    @Test
    @Timeout(30) // a guard against super-linear parsing (minutes), not a timing: busy CI machines are slow
    void manyUnclosedOpenersAreFast() {
        String body = "{ {== ` ".repeat(20000);
        RenderTester tester = RenderTester.body(body);
        tester.render();
        // one mistake often leaves many openers: the first ten are listed, then a count
        assertThat(tester.errors()).hasSize(10).first().asString().startsWith("t.md:6:3: {== is never closed");
        assertThat(tester.errors().get(9)).contains("(and 19990 more after it)");
    }
}

package io.github.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The markup of SPEC §1.3 and the resolution rules of SPEC §3, example by example. */
class ResolverTest {

    @Nested
    class Toggles {
        @Test
        void pluralSideWhenSeveralSystems() {
            assertThat(RenderTester.body("There {are||is} {==COUNT==} host{s||}.").value("COUNT", "3").plural(true)
                    .render()).isEqualTo("There are 3 hosts.");
        }

        @Test
        void singularSideWhenOneSystem() {
            assertThat(RenderTester.body("There {are||is} {==COUNT==} host{s||}.").value("COUNT", "1").plural(false)
                    .render()).isEqualTo("There is 1 host.");
        }

        @Test
        void whitespaceAtASidesOuterEdgeIsSignificant() {
            assertThat(RenderTester.body("runs {||an }outdated version").plural(false).render())
                    .isEqualTo("runs an outdated version");
            assertThat(RenderTester.body("runs {||an }outdated version").plural(true).render())
                    .isEqualTo("runs outdated version");
        }

        @Test
        void singleSpaceAroundTheSeparatorIsFormatting() {
            RenderTester t = RenderTester.body("allowing {access to the account || perform actions}, potentially");
            assertThat(t.plural(true).render()).isEqualTo("allowing access to the account, potentially");
            assertThat(RenderTester.body("allowing {access to the account || perform actions}, potentially")
                    .plural(false).render()).isEqualTo("allowing perform actions, potentially");
        }

        @Test
        void togglesNestAndHoldHighlights() {
            String body = "{the hosts {==A==} and {==B==}{, which are||, which is} exposed||the host {==A==}}";
            assertThat(RenderTester.body(body).value("A", "a1").value("B", "b1").plural(true).render())
                    .isEqualTo("the hosts a1 and b1, which are exposed");
            assertThat(RenderTester.body(body).value("A", "a1").plural(false).render()).isEqualTo("the host a1");
        }

        @Test
        void toggleInsideAHighlight() {
            assertThat(RenderTester.body("Check {==the host{s||} listed==}.").plural(true).render())
                    .isEqualTo("Check the hosts listed.");
        }

        @Test
        void bracesWithoutSeparatorAreLiteral() {
            assertThat(RenderTester.body("the {JBoss root} folder and a { stray brace").render())
                    .isEqualTo("the {JBoss root} folder and a { stray brace");
        }

        @Test
        void togglesAreNotRecognisedInCode() {
            assertThat(RenderTester.body("`if {a||b}` and\n```\nx = {a || b}\n```").render())
                    .isEqualTo("`if {a||b}` and\n```\nx = {a || b}\n```");
        }

        @Test
        void escapedBracesStayLiteral() {
            assertThat(RenderTester.body("\\{a||b\\}").render()).isEqualTo("\\{a||b\\}");
        }
    }

    @Nested
    class Slots {
        @ParameterizedTest(name = "{0} is a slot")
        @CsvSource(delimiter = ';', value = {"CLIENTNAME", "URL + SCREENSHOT", "DELETE AS APPLICABLE",
            "[SECURITY GROUP NAME]", "AppName", "URLs", "PoC", "APP-DAT/NET"})
        void slotNames(String name) {
            assertThat(RenderTester.body("x {==" + name + "==} y").value(name, "V").render()).isEqualTo("x V y");
        }

        @Test
        void spacesInsideDelimitersAreTrimmed() {
            assertThat(RenderTester.body("x {== CLIENT ==} y").value("CLIENT", "Acme").render()).isEqualTo("x Acme y");
        }

        @Test
        void possessiveAfterASlot() {
            assertThat(RenderTester.body("{==CLIENTNAME's==} staff").value("CLIENTNAME", "Acme").render())
                    .isEqualTo("Acme's staff");
        }

        @Test
        void findingValueOverridesEngagementValue() {
            assertThat(RenderTester.body("{==CLIENT==}").engagementValue("CLIENT", "Acme").render())
                    .isEqualTo("Acme");
            assertThat(RenderTester.body("{==CLIENT==}").engagementValue("CLIENT", "Acme").value("CLIENT", "Beta")
                    .render()).isEqualTo("Beta");
        }

        @Test
        void inlineValuesAreLiteralText() {
            assertThat(RenderTester.body("at {==URL==} now").value("URL", "<script>alert(1)</script> *x* [y](z)")
                    .render()).isEqualTo("at \\<script\\>alert(1)\\</script\\> \\*x\\* \\[y\\](z) now");
        }

        @Test
        void valuesCannotForgeDraftMarks() {
            assertThat(RenderTester.body("x {==A==}").value("A", "{==B==}").render()).isEqualTo("x \\{==B==\\}");
            assertThat(RenderTester.body("{==A==}").value("A", "{==B==}").render()).isEqualTo("\\{==B==}");
        }

        @Test
        void blockSlotTakesMarkdown() {
            assertThat(RenderTester.body("Intro.\n\n{==EXAMPLE==}\n\nAfter.").value("EXAMPLE", "**bold** text")
                    .render()).isEqualTo("Intro.\n\n**bold** text\n\nAfter.");
        }

        @Test
        void blockSlotTakesAList() {
            assertThat(RenderTester.body("Hosts:\n\n{==PLACEHOLDER==}").value("PLACEHOLDER",
                    new io.github.dossier.engagement.Value.Bullets(java.util.List.of("a_1", "b"),
                            new io.github.dossier.problem.Location("engagement.yaml", 3, 5))).render())
                    .isEqualTo("Hosts:\n\n- a\\_1\n- b");
        }

        @Test
        void valuesInCodeAreVerbatim() {
            assertThat(RenderTester.body("Run `curl {==URL==}` now.").value("URL", "https://a.example/x_y*z").render())
                    .isEqualTo("Run `curl https://a.example/x_y*z` now.");
            assertThat(RenderTester.body("```http\n{==EXAMPLE==}\n```").value("EXAMPLE", "GET /a_b HTTP/1.1")
                    .render()).isEqualTo("```http\nGET /a_b HTTP/1.1\n```");
        }

        @Test
        void missingValueIsALocatedErrorWithSuggestion() {
            RenderTester t = RenderTester.body("The service at {==URL==} is old.").value("URl", "x");
            t.render();
            assertThat(t.errors()).containsExactly("t.md:6:16: no value for {==URL==} (finding 'f') — add 'URL: …' to"
                    + " the finding's values or the engagement's values (did you mean 'URl'?)");
        }

        @Test
        void draftKeepsUnresolvedSlotsVisible() {
            RenderTester t = RenderTester.body("The service at {==URL==} is old.").draft();
            assertThat(t.render()).isEqualTo("The service at {==URL==} is old.");
            assertThat(t.errors()).isEmpty();
            assertThat(t.problems()).anyMatch(p -> p.severity() == Severity.WARNING
                    && p.message().startsWith("unresolved: no value for {==URL==}"));
        }

        @Test
        void crossReferenceShowsNumberAndTitle() {
            assertThat(RenderTester.body("see section {==XREF==}.").value("XREF", "@sqli")
                    .reference("sqli", "3", "SQL Injection").render())
                    .isEqualTo("see section [3 (SQL Injection)](#finding-sqli).");
        }

        @Test
        void unknownCrossReferenceIsAnError() {
            RenderTester t = RenderTester.body("see {==XREF==}").value("XREF", "@sqly").reference("sqli", "1", "S");
            t.render();
            assertThat(t.errors()).singleElement().asString()
                    .contains("@sqly refers to no finding (finding 'f')").contains("did you mean 'sqli'?");
        }

        @Test
        void escapedAtIsLiteral() {
            assertThat(RenderTester.body("by {==HANDLE==}").value("HANDLE", "\\@acme").render()).isEqualTo("by @acme");
        }
    }

    @Nested
    class OtherHighlights {
        @Test
        void editorialDefaultKeepsItsTextAndIsListed() {
            RenderTester t = RenderTester.body("in this way{==, and a lack of reward is likely to deter most attacks==}.");
            assertThat(t.render()).isEqualTo("in this way, and a lack of reward is likely to deter most attacks.");
            assertThat(t.problems()).anyMatch(p -> p.severity() == Severity.WARNING
                    && p.message().startsWith("editorial text 1 \", and a lack of reward is likely to deter most"
                    + " attacks\" printed as the template suggests"));
        }

        @Test
        void editorialReplacedOrDroppedByValue() {
            assertThat(RenderTester.body("file {==\"phpinfo.php\"==} here").value("\"phpinfo.php\"", "info.php")
                    .render()).isEqualTo("file info.php here");
            assertThat(RenderTester.body("user{==s==} here").value("s", "").render()).isEqualTo("user here");
        }

        @Test
        void editorialKeepsItsOwnTextExactly() {
            assertThat(RenderTester.body("wrong.{== Response times differed.==} End.").render())
                    .isEqualTo("wrong. Response times differed. End.");
        }

        @Test
        void editorialFailsWhenAsked() {
            RenderTester t = RenderTester.body("the {==web root==}").editorialFails();
            t.render();
            assertThat(t.errors()).singleElement().asString()
                    .startsWith("t.md:6:5: editorial text 1 \"web root\" needs a decision");
        }

        @Test
        void notesAreNeverRendered() {
            RenderTester t = RenderTester.body("Text.{==NOTE: check with\nthe client==} More.");
            assertThat(t.render()).isEqualTo("Text. More.");
            assertThat(t.problems()).anyMatch(p -> p.message().contains("NOTE: check with"));
        }

        @Test
        void choiceByTextOrNumber() {
            assertThat(RenderTester.body("the {==LOGIN||UPDATE==} process").value("LOGIN||UPDATE", "LOGIN").render())
                    .isEqualTo("the LOGIN process");
            assertThat(RenderTester.body("the {==LOGIN||UPDATE==} process").value("LOGIN||UPDATE", "2").render())
                    .isEqualTo("the UPDATE process");
            assertThat(RenderTester.body("it {==is || are==} old").value("is||are", "are").render())
                    .isEqualTo("it are old");
        }

        @Test
        void aValueNamingAnAlternativeInOtherCaseIsPrintedAsWritten() {
            assertThat(RenderTester.body("the {==LOGIN||UPDATE==} process").value("LOGIN||UPDATE", "login").render())
                    .isEqualTo("the login process");
        }

        @Test
        void choiceValueNamingNoAlternativeIsAnError() {
            RenderTester t = RenderTester.body("the {==LOGIN||UPDATE==} process").value("LOGIN||UPDATE", "LOGON");
            t.render();
            assertThat(t.errors()).containsExactly("engagement.yaml:1:1: 'LOGON' names no alternative of"
                    + " {==LOGIN||UPDATE==} (finding 'f') — choose LOGIN, UPDATE or 1–2; did you mean 'LOGIN'?");
        }

        @Test
        void unclosedHighlightIsASyntaxError() {
            io.github.dossier.problem.Problems problems = new io.github.dossier.problem.Problems();
            io.github.dossier.template.TemplateParser.parse("t", java.nio.file.Path.of("t.md"), "t.md",
                    RenderTester.templateText("The {==URL is here."), problems);
            assertThat(problems.errors()).singleElement().asString()
                    .isEqualTo("t.md:6:5: {== is never closed — add ==} after the highlighted text, or remove the {==");
        }
    }

    @Nested
    class Options {
        @Test
        void optionAtLineStartCoversTheLine() {
            String body = "Use an app.\n\n{==OPTION==} Alternatively, issue tokens to {==CLIENT==} staff.\n";
            assertThat(RenderTester.body(body).render()).isEqualTo("Use an app.\n\n");
            assertThat(RenderTester.body(body).option("1", true).value("CLIENT", "Acme").render())
                    .isEqualTo("Use an app.\n\nAlternatively, issue tokens to Acme staff.\n");
        }

        @Test
        void optionMidLineCoversItsSentence() {
            String body = "First. {==OPTION==} Maybe this one. Last.";
            assertThat(RenderTester.body(body).render()).isEqualTo("First. Last.");
            assertThat(RenderTester.body(body).option("1", true).render()).isEqualTo("First. Maybe this one. Last.");
        }

        @Test
        void optionAfterABulletTakesTheWholeItem() {
            String body = "- one\n- {==OPTION==} two\n- three";
            assertThat(RenderTester.body(body).render()).isEqualTo("- one\n- three");
            assertThat(RenderTester.body(body).option("1", true).render()).isEqualTo("- one\n- two\n- three");
        }

        @Test
        void optionsByLabel() {
            String body = "{==OPTION AWS==} Use IAM.\n{==OPTION_PRINTNIGHTMARE==} Patch spooler.\n{==OPTION: Azure==} Use RBAC.";
            assertThat(RenderTester.body(body).option("aws", true).option("Azure", true).render())
                    .isEqualTo("Use IAM.\nUse RBAC.");
            assertThat(RenderTester.body(body).option("PRINTNIGHTMARE", true).render()).isEqualTo("Patch spooler.\n");
        }

        @Test
        void optionStopsAtTheNextMarker() {
            String body = "{==OPTION==} One. {==OPTION==} Two.";
            assertThat(RenderTester.body(body).option("2", true).render()).isEqualTo("Two.");
        }

        @Test
        void textLeftOutNeedsNoValues() {
            RenderTester t = RenderTester.body("Keep.\n{==OPTION==} Visit {==URL==}.").option("1", false);
            assertThat(t.render()).isEqualTo("Keep.\n");
            assertThat(t.errors()).isEmpty();
        }

        @Test
        void eitherOrOnOneLine() {
            String body = "{==EITHER==} Apache is used. {==OR==} nginx is used.\nAfter.";
            assertThat(RenderTester.body(body).option("1", 2).render()).isEqualTo("nginx is used.\nAfter.");
            assertThat(RenderTester.body(body).option("1", 1).render()).isEqualTo("Apache is used.\nAfter.");
        }

        @Test
        void eitherOrMidLineBySentence() {
            String body = "The server {==EITHER==} is vulnerable. {==OR==} is not vulnerable. Next.";
            assertThat(RenderTester.body(body).option("1", 2).render()).isEqualTo("The server is not vulnerable. Next.");
        }

        @Test
        void eitherOrOnConsecutiveLines() {
            String body = "{==EITHER==} Line A.\n{==OR (for JSP)==} Line B.\nAfter.";
            assertThat(RenderTester.body(body).option("1", 2).render()).isEqualTo("Line B.\nAfter.");
        }

        @Test
        void standaloneOrBetweenBlocks() {
            String body = "Intro.\n\nPara A line 1\nline 2\n\n{==OR==}\n\nPara B.\n\nAfter.";
            assertThat(RenderTester.body(body).option("1", 1).render().replaceAll("\n{3,}", "\n\n"))
                    .isEqualTo("Intro.\n\nPara A line 1\nline 2\n\nAfter.");
            assertThat(RenderTester.body(body).option("1", 2).render().replaceAll("\n{3,}", "\n\n"))
                    .isEqualTo("Intro.\n\nPara B.\n\nAfter.");
        }

        @Test
        void undecidedEitherFailsInStrictMode() {
            RenderTester t = RenderTester.body("{==EITHER==} A. {==OR==} B.");
            t.render();
            assertThat(t.errors()).containsExactly("t.md:6:1: alternative group 1 must pick one of 2 alternatives,"
                    + " 1: \"A.\" or 2: \"B.\" (finding 'f') — add 'options: {1: <1–2>}' to the finding");
        }

        @Test
        void undecidedEitherIsShownInDraftMode() {
            assertThat(RenderTester.body("{==EITHER==} A. {==OR==} B.").draft().render())
                    .isEqualTo("{==EITHER 1==} A. {==OR==} B.");
        }

        @Test
        void optionNumberOutOfRangeIsAnError() {
            RenderTester t = RenderTester.body("{==OPTION==} A.").option("1", true).option("2", true);
            t.render();
            assertThat(t.errors()).containsExactly("engagement.yaml:1:1: option '2' names no option of template t"
                    + " — its options are 1");
        }

        @Test
        void alternativeNumberOutOfRangeIsAnError() {
            RenderTester t = RenderTester.body("{==EITHER==} A. {==OR==} B.").option("1", 3);
            t.render();
            assertThat(t.errors()).containsExactly("engagement.yaml:1:1: alternative group 1 has 2 alternatives,"
                    + " not 3 — pick a number from 1 to 2");
        }
    }
}

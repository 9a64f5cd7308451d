package io.github.dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Severity;
import io.github.dossier.template.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The template language as the users' library needs it (docs/template-language.md, "Options",
 * "Writer instructions", "Tables"): a strict build never drops text the writer did not decide to
 * drop, and never ships text addressed to the writer. The templates here are our own, written
 * to reproduce each construct of that library.
 */
class Revision2Test {

    @Nested
    class HowAnOptionsTextIsRead {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = ';', value = {
            "{==OPTION==} The rule is kept.;BARE",
            "{==OPION==} The rule is kept.;BARE",
            "{==OPTIONAL==} The rule is kept.;BARE",
            "{==OPTION:==} The rule is kept.;BARE",
            "It holds {==OPTION backups|logs|scripts==} and more.;CONTENT_CHOICE",
            "{==OPTION IF PHP==} Disable expose_php.;CONDITION",
            "{==OPTION: if the portal is public==} Restrict it.;CONDITION",
            "Users are listed{==OPTION: which the enumeration issue makes easy.==} Then more.;CONTENT",
            "{==OPTIONAL It is also possible to change data.==};CONTENT",
            "{==OPTION Examples of safe functions are listed at these addresses:==};CONTENT",
            "for the {==OPTION switch==} at the edge.;CONTENT",
            "reach {==OPTION: Activities, Content Providers, Services==}, which are exposed.;CONTENT",
            "the {==OPTION or \"Domain Computers\"==} group.;CONTENT",
            "- {==OPTION JavaScript is enabled==};LABEL_ALONE",
            "{==OPTION Android==} Root detection is absent.;LABEL",
            "{==OPTIONBlindXSS==} The payload fired later.;LABEL",
            "{==OPTION_PRINTNIGHTMARE==} Patch the spooler.;LABEL",
            "Some text {==OPTION dangerous script-src==} A number of domains.;LABEL",
            "{==OPTION ESC1/ESC2==} Restrict enrolment.;LABEL"})
        void byTheSevenOrderedRules(String body, Node.Reading expected) {
            List<Node.Group> groups = RenderTester.body(body).template().groups();
            assertThat(groups).singleElement().extracting(Node.Group::reading).isEqualTo(expected);
        }

        @Test
        void gluedAndMisspeltMarkersHaveTheirLabel() {
            assertThat(RenderTester.body("{==OPTIONBlindXSS==} Fired later.").template().groups())
                    .extracting(Node.Group::label).containsExactly("BlindXSS");
            assertThat(RenderTester.body("{==OPTION1==} One.").option("1", true).render()).isEqualTo("One.");
        }
    }

    @Nested
    class ContentOptions {

        @Test
        void keptTheyPrintTheirOwnTextLeftOutTheyTakeOneSpace() {
            String body = "Default credentials for the {==OPTION switch==} at the edge were accepted.";
            assertThat(RenderTester.body(body).option("1", true).render())
                    .isEqualTo("Default credentials for the switch at the edge were accepted.");
            assertThat(RenderTester.body(body).option("1", false).render())
                    .isEqualTo("Default credentials for the at the edge were accepted.");
        }

        @Test
        void toggleInsideTheContentFollowsTheAffectedCount() {
            String body = "Their {==OPTION web interface{s||}==}. Next sentence.";
            assertThat(RenderTester.body(body).option("1", true).render())
                    .isEqualTo("Their web interfaces. Next sentence.");
            assertThat(RenderTester.body(body).option("1", true).plural(false).render())
                    .isEqualTo("Their web interface. Next sentence.");
            assertThat(RenderTester.body(body).option("1", false).render()).isEqualTo("Their. Next sentence.");
        }

        @Test
        void leftOutAtALineStartItNeverTouchesTheSentenceAfterIt() {
            String body = "{==OPTION: which the enumeration issue makes possible (see section XREF).==} Users must"
                    + " then guess passwords.";
            assertThat(RenderTester.body(body).option("1", false).render()).isEqualTo("Users must then guess passwords.");
            assertThat(RenderTester.body(body).option("1", true).value("XREF", "@enum")
                    .reference("enum", "2", "Username Enumeration").render())
                    .isEqualTo("which the enumeration issue makes possible (see section [2 (Username Enumeration)]"
                            + "(#finding-enum)). Users must then guess passwords.");
        }

        @Test
        void aContentChoiceKeepsOnePartByNumberOrText() {
            String body = "The folder holds {==OPTION installation files|software updates|live website files==} and is"
                    + " writable.";
            assertThat(RenderTester.body(body).option("1", 2).render())
                    .isEqualTo("The folder holds software updates and is writable.");
            assertThat(RenderTester.body(body).option("1", "live website files").render())
                    .isEqualTo("The folder holds live website files and is writable.");
            assertThat(RenderTester.body(body).option("1", false).render()).isEqualTo("The folder holds and is writable.");
            RenderTester wrong = RenderTester.body(body).option("1", "backups");
            wrong.render();
            assertThat(wrong.errors()).singleElement().asString().contains("content choice 1 has no part 'backups'")
                    .contains("choose installation files, software updates, live website files or 1–3");
        }
    }

    @Nested
    class EveryOptionIsDecided {

        @Test
        void anUndecidedOptionFailsAStrictBuildQuotingItsText() {
            RenderTester t = RenderTester.body("Use an app.\n{==OPTION AWS==} Use IAM roles for every service that"
                    + " reads the bucket, and remove the access keys from the instances.");
            t.render();
            assertThat(t.errors()).containsExactly("t.md:7:1: option 1 (AWS) is not decided: it covers \"Use IAM roles"
                    + " for every … keys from the instances.\" (finding 'f') — add 'options: {1: true}' to keep it or"
                    + " {1: false} to leave it out (by label: {AWS: true}, or for every finding under"
                    + " engagement.options)");
        }

        @Test
        void theEngagementDecidesByLabelWhatTheFindingLeavesOpen() {
            String body = "{==OPTION AWS==} Use IAM.\n{==OPTION AZURE==} Use RBAC.";
            assertThat(RenderTester.body(body).engagementOption("aws", true).engagementOption("azure", false)
                    .option("2", true).render()).isEqualTo("Use IAM.\nUse RBAC.");
        }

        @Test
        void aDraftShowsTheNumberAndLabelAndStrikesWhatWouldBeLeftOut() {
            RenderTester t = RenderTester.body("Keep this.\n- {==OPTION AWS==} Use IAM for {==SERVICE==}.\n- Last.")
                    .draft();
            assertThat(t.render()).isEqualTo("Keep this.\n- {==OPTION 1: AWS==} ~~Use IAM for {==SERVICE==}.~~\n- Last.");
            // the undecided text needs no values: only the option itself is reported
            assertThat(t.problems()).filteredOn(p -> p.severity() == Severity.WARNING).extracting(Problem::message)
                    .singleElement().asString().startsWith("unresolved: option 1 (AWS) is not decided");
        }

        @Test
        void aDraftStrikesEachLineOfABlock() {
            assertThat(RenderTester.body("{==OPTION IIS==}\nSet removeServerHeader.\n- and this\n\nAfter.").draft()
                    .render()).isEqualTo("{==OPTION 1: IIS==}\n~~Set removeServerHeader.~~\n- ~~and this~~\n\nAfter.");
        }
    }

    @Nested
    class WriterInstructionsAndEditorialTexts {

        @Test
        void anInstructionIsNeverPrintedAsWritten() {
            String body = "The page {==screenshot or OUTPUT IN A BOX==} shows it.";
            RenderTester strict = RenderTester.body(body);
            strict.render();
            assertThat(strict.errors()).singleElement().asString().startsWith("t.md:6:10: writer instruction 1"
                    + " \"screenshot or OUTPUT IN A BOX\" is addressed to the writer and never printed as written");
            assertThat(RenderTester.body(body).editorial(1, "drop").render()).isEqualTo("The page shows it.");
            assertThat(RenderTester.body(body).editorial(1, "below").render()).isEqualTo("The page below shows it.");
            RenderTester kept = RenderTester.body(body).editorial(1, "keep");
            kept.render();
            assertThat(kept.errors()).singleElement().asString().contains("cannot be kept as written");
            assertThat(RenderTester.body(body).draft().render())
                    .isEqualTo("The page {==screenshot or OUTPUT IN A BOX==} shows it.");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', value = {"Find links to the components", "(Option: Please verify the cookie)",
            "PROOF OF CONCEPT - Explain why", "Add the request here", "the FIXME value", "list of hosts TODO",
            "Table listing the devices", "such as..."})
        void instructionsAreRecognised(String text) {
            assertThat(RenderTester.body("x {==" + text + "==} y").template().editorials())
                    .singleElement().extracting(Node.Editorial::instruction).isEqualTo(true);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', value = {"web root", ", and a lack of reward deters most attacks",
            "Please note that the host was restarted", "as the IIS HTTP headers show", "the \"Domain Admins\" group"})
        void reportTextIsNotAnInstruction(String text) {
            assertThat(RenderTester.body("x {==" + text + "==} y").template().editorials())
                    .singleElement().extracting(Node.Editorial::instruction).isEqualTo(false);
        }

        @Test
        void editorialTextsAreDecidedByNumber() {
            String body = "Files in the {==web root==} were read{==, and written==}.";
            assertThat(RenderTester.body(body).editorial(1, "keep").editorial(2, "drop").render())
                    .isEqualTo("Files in the web root were read.");
            assertThat(RenderTester.body(body).editorial(1, "document root").editorial(2, "keep").render())
                    .isEqualTo("Files in the document root were read, and written.");
            RenderTester undecided = RenderTester.body(body);
            assertThat(undecided.render()).isEqualTo("Files in the web root were read, and written.");
            assertThat(undecided.problems()).filteredOn(p -> p.severity() == Severity.WARNING).hasSize(2);
        }

        @Test
        void aNumberThatNamesNoEditorialTextIsAnError() {
            RenderTester t = RenderTester.body("the {==web root==}").editorial(3, "drop");
            t.render();
            assertThat(t.errors()).containsExactly("engagement.yaml:1:1: editorial 3 names no editorial text of"
                    + " template t — its editorial texts and instructions are numbered 1 to 1; mvn dossier:check"
                    + " -Ddossier.explain lists them");
        }
    }

    @Nested
    class CrossReferences {

        @Test
        void anXrefTokenInsideTextIsACrossReference() {
            String body = "See the weakness {==(see section XREF_Enum)==} and XREF_Enum again.";
            RenderTester t = RenderTester.body(body).editorial(1, "keep").value("XREF_Enum", "@enum")
                    .reference("enum", "3", "Username Enumeration");
            assertThat(t.render()).isEqualTo("See the weakness (see section [3 (Username Enumeration)](#finding-enum))"
                    + " and [3 (Username Enumeration)](#finding-enum) again.");
        }

        @Test
        void anUnfilledXrefNeverReachesAStrictReport() {
            RenderTester t = RenderTester.body("As shown in XREF.");
            t.render();
            assertThat(t.errors()).singleElement().asString().contains("no value for the cross-reference {==XREF==}")
                    .contains("give it a cross-reference: 'XREF: \"@finding-key\"'");
        }

        @Test
        void aTextValueMayHoldReferences() {
            assertThat(RenderTester.body("Also {==RELATED==}.").value("RELATED", "see {@enum} and {@sqli}")
                    .reference("enum", "3", "Enum").reference("sqli", "1", "SQLi").render())
                    .isEqualTo("Also see [3 (Enum)](#finding-enum) and [1 (SQLi)](#finding-sqli).");
        }
    }

    @Nested
    class Tables {

        private static final String TABLE = "The services:\n| Service | TLS 1.0 | TLS 1.1 |\n| 10.0.0.1:443 | | |\n"
                + "| mail.example:993 | | |\n\nAfter.";

        @Test
        void aTableWithoutADelimiterRowGetsOne() {
            assertThat(RenderTester.body("| Host | Port |\n| a | 1 |").render())
                    .isEqualTo("| Host | Port |\n| --- | --- |\n| a | 1 |");
            assertThat(RenderTester.body("| Host | Port |\n|:---|---:|\n| a | 1 |").render())
                    .isEqualTo("| Host | Port |\n| :--- | ---: |\n| a | 1 |");
        }

        @Test
        void aTableToFillIsUnresolvedUntilItsRowsAreGiven() {
            RenderTester t = RenderTester.body(TABLE);
            t.render();
            assertThat(t.errors()).singleElement().asString().startsWith("t.md:7:1: table 1 has rows to fill (Service |"
                    + " TLS 1.0 | TLS 1.1) (finding 'f') — give them in the finding: 'tables: {1: [[…], […]]}'");
            assertThat(RenderTester.body(TABLE).table(1, List.of(List.of("10.0.0.1:443", "yes", "no"))).render())
                    .isEqualTo("The services:\n| Service | TLS 1.0 | TLS 1.1 |\n| --- | --- | --- |\n"
                            + "| 10.0.0.1:443 | yes | no |\n\nAfter.");
        }

        @Test
        void rowsByHeaderFillTheirColumns() {
            assertThat(RenderTester.body(TABLE).tableByHeader(1, List.of(Map.of("tls 1.1", "yes", "Service", "a|b")))
                    .render()).contains("| a\\|b |  | yes |");
            RenderTester t = RenderTester.body(TABLE).tableByHeader(1, List.of(Map.of("TLS 1.3", "yes")));
            t.render();
            assertThat(t.errors()).singleElement().asString().contains("table 1 has no column 'TLS 1.3'")
                    .contains("did you mean 'TLS 1.0'?");
        }

        @Test
        void exampleRowsWithTextAreKeptUnlessRowsAreGiven() {
            String body = "| Name | Setting |\n| Secure Boot | Disabled |";
            assertThat(RenderTester.body(body).render()).contains("| Secure Boot | Disabled |");
            assertThat(RenderTester.body(body).table(1, List.of(List.of("TPM", "Off"))).render())
                    .doesNotContain("Secure Boot").contains("| TPM | Off |");
        }
    }

    @Nested
    class ValuesInCode {

        @Test
        void aBacktickInAValueCannotCloseItsCodeSpan() {
            assertThat(RenderTester.body("Run `{==CMD==}` now.").value("CMD", "a`b <script>").render())
                    .isEqualTo("Run ``a`b <script>`` now.");
            assertThat(RenderTester.body("Run `{==CMD==}` now.").value("CMD", "`x").render())
                    .isEqualTo("Run `` `x `` now.");
        }

        @Test
        void aFenceInAValueCannotCloseItsFence() {
            assertThat(RenderTester.body("```\n{==OUT==}\n```\nAfter.").value("OUT", "a\n```\n<script>").render())
                    .isEqualTo("````\na\n```\n<script>\n````\nAfter.");
        }
    }

    @Nested
    class BlockSlots {

        @Test
        void aBlockValueDirectlyUnderATextLineStandsAsItsOwnBlock() {
            assertThat(RenderTester.body("The hosts were:\n{==HOSTS==}\nThey are old.")
                    .value("HOSTS", new io.github.dossier.engagement.Value.Bullets(List.of("a", "b"),
                            new io.github.dossier.problem.Location("engagement.yaml", 1, 1))).render())
                    .isEqualTo("The hosts were:\n\n- a\n- b\n\nThey are old.");
        }
    }
}

package io.github.dossier.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.risk.Level;
import io.github.dossier.template.Node.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Template structure, front matter and the classification table of SPEC §1. */
class TemplateParserTest {

    private final Problems problems = new Problems();

    private Optional<Template> parse(String text) {
        return TemplateParser.parse("web/t", Path.of("t.md"), "t.md", text, problems);
    }

    private Template parseBody(String description) {
        return parse("### Title\n" + description + "\n#### Impact: High\ni\n#### Likelihood: Medium\nl\n"
                + "#### Recommendation\nr\n").orElseThrow();
    }

    private static List<Node> all(Template template) {
        List<Node> nodes = new ArrayList<>();
        template.forEachNode(nodes::add);
        return nodes;
    }

    private List<String> errors() {
        return problems.errors().stream().map(Problem::toString).toList();
    }

    @Test
    void structureIsTitleDescriptionAndThreeHeadings() {
        Template t = parse("---\ncategory: NET\n---\n### Open Ports\nDescribed.\n#### Impact: High\nBad.\n"
                + "#### Likelihood: low\nRare.\n#### Recommendation\nClose them.\nAll of them.\n").orElseThrow();
        assertThat(t.titleText()).isEqualTo("Open Ports");
        assertThat(t.section(Section.Kind.IMPACT).level()).isEqualTo(Level.HIGH);
        assertThat(t.section(Section.Kind.LIKELIHOOD).level()).isEqualTo(Level.LOW);
        assertThat(NodeText.source(t.section(Section.Kind.RECOMMENDATION).body())).isEqualTo("Close them.\nAll of them.\n");
        assertThat(t.section(Section.Kind.DESCRIPTION).body().get(0).location().toString()).isEqualTo("t.md:5:1");
        assertThat(errors()).isEmpty();
    }

    @Test
    void missingHeadingIsAnError() {
        assertThat(parse("### T\nx\n#### Impact: Low\ny\n#### Recommendation\nz\n")).isEmpty();
        assertThat(errors()).containsExactly("t.md:7:1: the template has no '#### Likelihood: <Level>' heading — add it;"
                + " the body is: ### Title, description, #### Impact: <Level>, #### Likelihood: <Level>,"
                + " #### Recommendation");
    }

    @Test
    void headingsOutOfOrderIsAnError() {
        assertThat(parse("### T\n#### Likelihood: Low\n#### Impact: Low\n#### Recommendation\n")).isEmpty();
        assertThat(errors()).singleElement().asString().contains("out of order");
    }

    @Test
    void titleMustComeFirst() {
        assertThat(parse("---\na: b\n---\nSome text\n### T\n")).isEmpty();
        assertThat(errors()).containsExactly("t.md:4:1: a template starts with its title line — make the first body"
                + " line '### <title>'");
    }

    @Test
    void headingsInsideCodeFencesDoNotCount() {
        Template t = parseBody("```\n#### Impact: Low\n```");
        assertThat(t.section(Section.Kind.IMPACT).level()).isEqualTo(Level.HIGH);
    }

    @Test
    void frontMatterKeepsValuesAsWritten() {
        Template t = parse("---\ncategory: \"{==APP-DAT/NET==}\"\ncvss: 4\nreport_on_external_network_test: true\n"
                + "comment: |\n  Use for portals.\n  Check the date.\nowner: team-a\n---\n### T\nx\n"
                + "#### Impact: Low\ny\n#### Likelihood: Low\nz\n#### Recommendation\nw\n").orElseThrow();
        FrontMatter fm = t.frontMatter();
        assertThat(fm.category().slot()).isEqualTo("APP-DAT/NET");
        assertThat(fm.cvss().text()).isEqualTo("4");
        assertThat(fm.cvss().isSlot()).isFalse();
        assertThat(fm.externalNetwork()).isTrue();
        assertThat(fm.comment()).isEqualTo("Use for portals.\nCheck the date.\n");
        assertThat(fm.metadata()).containsEntry("owner", "team-a");
        assertThat(t.valueKeys()).contains("APP-DAT/NET");
    }

    @Test
    void brokenFrontMatterIsLocated() {
        parse("---\ncategory: [NET\n---\n### T\nx\n#### Impact: Low\ny\n#### Likelihood: Low\nz\n#### Recommendation\nw\n");
        assertThat(errors()).singleElement().asString().startsWith("t.md:2:15: front matter is not valid YAML");
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        assertThat(parse("---\ncategory: NET\n### T\n")).isEmpty();
        assertThat(errors()).containsExactly("t.md:1:1: front matter is never closed — end the front matter with a"
                + " line that is exactly ---");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "OPTION;Marker", "OPTION AWS;Marker", "OPTION_PRINTNIGHTMARE;Marker", "OPTION: if Windows;Marker",
        "OPTION IF LEGACY;Marker", "EITHER;Marker", "OR;Marker", "OR (for JSP);Marker",
        "OPTIONAL;Marker", "OPION;Marker", "OPTIONBlindXSS;Marker", "ORACLE;Slot", "CLIENTNAME;Slot", "URL + SCREENSHOT;Slot", "DELETE AS APPLICABLE;Slot",
        "[SECURITY GROUP NAME];Slot", "AppName;Slot", "URLs;Slot", "PoC;Slot",
        "LOGIN||UPDATE;Choice", "is || are;Choice",
        "NOTE: ask the client;Note", "NOTES;Note",
        "\"phpinfo.php\";Editorial", "web root;Editorial", ", and a lack of reward;Editorial", "s;Editorial",
        "anonymous;Editorial", "Remove this sentence;Editorial"})
    void highlightsAreClassifiedByContent(String content, String kind) {
        Template t = parseBody("x {==" + content + "==} y.");
        List<Node> nodes = all(t);
        boolean found = nodes.stream().anyMatch(n -> n.getClass().getSimpleName().equals(kind)
                || kind.equals("Marker") && n instanceof Node.Group);
        assertThat(found).as("%s in %s", kind, nodes).isTrue();
    }

    @Test
    void slotAloneOnItsLineIsABlockSlot() {
        Template t = parseBody("Intro:\n\n  {==SCREENSHOT==}  \n\nInline {==URL==} here.\n```\n{==EXAMPLE==}\n```");
        List<Node.Slot> slots = all(t).stream().filter(Node.Slot.class::isInstance).map(Node.Slot.class::cast).toList();
        assertThat(slots).extracting(Node.Slot::name, Node.Slot::block, Node.Slot::context).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SCREENSHOT", true, Context.TEXT),
                org.assertj.core.groups.Tuple.tuple("URL", false, Context.TEXT),
                org.assertj.core.groups.Tuple.tuple("EXAMPLE", true, Context.CODE_BLOCK));
    }

    @Test
    void highlightsSpanLinesAndKeepTheirStartPosition() {
        Template t = parseBody("First line {==NOTE: one\ntwo\nthree==} after.");
        Node.Note note = all(t).stream().filter(Node.Note.class::isInstance).map(Node.Note.class::cast)
                .findFirst().orElseThrow();
        assertThat(note.location().toString()).isEqualTo("t.md:2:12");
        assertThat(note.text()).isEqualTo("NOTE: one\ntwo\nthree");
    }

    @Test
    void markupInTableCellsAndListItems() {
        Template t = parseBody("| Host | Port |\n|---|---|\n| {==HOST==} | {==PORT==} |\n\n- {==ITEM==} is {s||}");
        assertThat(t.valueKeys()).containsExactly("HOST", "PORT", "ITEM");
    }

    @Test
    void groupsAreNumberedInDocumentOrder() {
        Template t = parseBody("{==OPTION A==} One.\n\nPara.\n\n{==OR==}\n\nOther.\n\n{==EITHER==} x. {==OR==} y.");
        assertThat(t.groups()).extracting(Node.Group::label).containsExactly("A", "", "");
        assertThat(t.groups()).extracting(g -> g.alternatives().size()).containsExactly(1, 2, 2);
    }

    @Test
    void orWithNothingBeforeItIsAnError() {
        parseBody("{==OR==} something.");
        assertThat(errors()).singleElement().asString().startsWith("t.md:2:1: {==OR==} has nothing before it");
    }

    @Test
    void lintsAndBrokenMarkupAreCollectedNotFatal() {
        Template t = parseBody("They {have|has} it, host{s}, {is||are} here, {=x=} and a {==broken==)");
        assertThat(t.lints()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("looks singular-first"));
        assertThat(t.malformations()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("single |"))
                .anySatisfy(m -> assertThat(m).contains("has one side"))
                .anySatisfy(m -> assertThat(m).contains("broken highlight opener"))
                .anySatisfy(m -> assertThat(m).contains("broken highlight closer"));
    }

    @Test
    void unmatchedBracesNearTogglesAreLinted() {
        assertThat(parseBody("host{s|| left open").lints()).extracting(Problem::toString).containsExactly(
                "t.md:2:5: unmatched { near a toggle, so it stays literal text — check the braces of the toggle on"
                        + " this line: {plural||singular}");
        assertThat(parseBody("one {x||y}} too many").lints()).extracting(Problem::toString).containsExactly(
                "t.md:2:11: unmatched } near a toggle, so it stays literal text — check the braces of the toggle on"
                        + " this line: {plural||singular}");
        assertThat(parseBody("plain { brace and } other").lints()).isEmpty();
    }

    @Test
    void unclosedHighlightInsideToggleIsAnErrorAtTheOpening() {
        parseBody("a {b {==X||c d\nmore");
        assertThat(errors()).containsExactly("t.md:2:6: {== is never closed — add ==} after the highlighted text,"
                + " or remove the {==");
    }

    @Test
    void anUnclosedHighlightIsReportedWhereItsCloserWasMistyped() {
        parseBody("the {==POST URL} parameter");
        parseBody("see {==OPTION_X== raise impact} here");
        assertThat(errors()).containsExactlyInAnyOrder(
                "t.md:2:16: the {== at 2:5 is never closed: this '}' was probably meant as '==}' — write ==}"
                        + " instead of }",
                "t.md:2:16: the {== at 2:5 is never closed: this '==' was probably meant as '==}' — write ==}"
                        + " here");
    }

    @Test
    void generationScriptsAreKeptAsTextAndLinted() {
        Template t = parse("---\ngeneration:\n  getPlaceholderContent: |\n    return items.map(i => i.host);\n---\n"
                + "### T\nx\n#### Impact: Low\ny\n#### Likelihood: Low\nz\n#### Recommendation\nw\n").orElseThrow();
        assertThat(t.frontMatter().generation()).contains("getPlaceholderContent");
        assertThat(t.lints()).extracting(Problem::message)
                .contains("generation fills a placeholder but the body has no {==PLACEHOLDER==}");
    }

    @Test
    void base64PaddingBeforeAParenthesisIsNoBrokenCloser() {
        Template t = parseBody("Open [the file](data:text/plain;base64,aGk=) or (x==) in a {==VALUE==} line.");
        assertThat(t.malformations()).isEmpty();
    }

    @Test
    void brokenDelimitersAreLocatedAtTheDelimiter() {
        Template t = parseBody("the **SSID==} network, {=examples==} and {==ok==}");
        assertThat(t.malformations()).extracting(Problem::toString).containsExactly(
                "t.md:2:11: '==}' closes no highlight and would print as written — add the missing {== before the"
                        + " highlighted text, or remove the ==}",
                "t.md:2:24: '{=' is a broken highlight opener and would print as written — highlights are written"
                        + " {==text==}; mvn dossier:migrate rewrites it",
                "t.md:2:34: '==}' closes no highlight and would print as written — add the missing {== before the"
                        + " highlighted text, or remove the ==}");
        assertThat(parseBody("`{=x=}` and\n```\n{=y=}\n```").malformations()).isEmpty();
    }

    @Test
    void manyLiteralBracesInProseAreText() {
        Template t = parseBody("JSON-like prose " + "{ ".repeat(40) + " and a toggle host{s||} later");
        assertThat(errors()).isEmpty();
        assertThat(NodeText.source(t.section(Section.Kind.DESCRIPTION).body())).contains("{ { {").contains("{s||}");
    }

    @Test
    void htmlCommentsAreDroppedWithAWarning() {
        Template t = parseBody("Line one\n<!-- internal: check with the client -->\nLine two <!-- x --> end");
        assertThat(NodeText.source(t.section(Section.Kind.DESCRIPTION).body())).isEqualTo("Line one\nLine two  end");
        assertThat(t.lints()).extracting(Problem::toString).containsExactly(
                "t.md:3:1: HTML comment dropped: no report format shows it — remove it, or turn guidance for the"
                        + " writer into {==NOTE …==}",
                "t.md:4:10: HTML comment dropped: no report format shows it — remove it, or turn guidance for the"
                        + " writer into {==NOTE …==}");
        assertThat(parseBody("x <!-- never closed").malformations()).extracting(Problem::message)
                .containsExactly("HTML comment is never closed and would print as written");
        assertThat(NodeText.source(parseBody("`<!-- code -->`").section(Section.Kind.DESCRIPTION).body()))
                .isEqualTo("`<!-- code -->`");
    }

    @Test
    void aLineHoldingACompleteCodeSpanIsNotAFence() {
        parseBody("```sql SELECT 1```\nstill text");
        assertThat(errors()).isEmpty();
    }

    @Test
    void aFenceLeftOpenIsReportedWhereItOpened() {
        assertThat(parse("### T\nx\n```\ncode\n#### Impact: Low\ny\n#### Likelihood: Low\nz\n#### Recommendation\nw\n"))
                .isEmpty();
        assertThat(errors()).containsExactly("t.md:3:1: code fence is never closed, so the rest of the template is"
                + " code — close it with a line of ```");
    }

    @Test
    void xrefTokensAreSlots() {
        Template t = parseBody("see section XREF_Enum and {==(see XREF)==}, not PREXREF");
        assertThat(all(t)).filteredOn(Node.Slot.class::isInstance).extracting(n -> ((Node.Slot) n).name())
                .containsExactly("XREF_Enum", "XREF");
    }

    @Test
    void tablesAreParsedWithOrWithoutTheirDelimiterRow() {
        Template t = parseBody("Found:\n| Host | Port |\n| {==HOST==} | |\n\n|A|B|\n|:-|-:|\n|1|2|");
        assertThat(t.tables()).hasSize(2);
        Node.Table first = t.tables().get(0);
        assertThat(first.header()).hasSize(2);
        assertThat(first.alignments()).isEmpty();
        assertThat(first.toFill()).isTrue();
        assertThat(first.rows().get(0).get(0)).singleElement().isInstanceOf(Node.Slot.class)
                .extracting(n -> ((Node.Slot) n).block()).isEqualTo(false);
        Node.Table second = t.tables().get(1);
        assertThat(second.alignments()).containsExactly(":-", "-:");
        assertThat(second.toFill()).isFalse();
        assertThat(second.location().toString()).isEqualTo("t.md:6:1");
    }

    @Test
    void readmeFilesAreNotTemplates(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("01_web"));
        java.nio.file.Files.writeString(dir.resolve("README.md"), "# The library");
        java.nio.file.Files.writeString(dir.resolve("01_web/readme.md"), "# About this folder");
        java.nio.file.Files.writeString(dir.resolve("01_web/xss.md"), "### XSS");
        assertThat(TemplateLibrary.templateFiles(dir)).extracting(p -> dir.relativize(p).toString().replace('\\', '/'))
                .containsExactly("01_web/xss.md");
    }
}

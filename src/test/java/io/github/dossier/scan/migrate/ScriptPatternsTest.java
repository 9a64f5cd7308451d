package io.github.dossier.scan.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which scripts are recognised, read as text; each one that is not says why. */
class ScriptPatternsTest {

    private static final String CONTEXT = "function getIssueContext() { return getReportItemsForPluginIds(\"10863\"); }\n";
    private static final String HOSTS = "function getAffectedSystems(c) { return [...new Set(c.map(i => i.hostName))]"
            + ".sort(); }\n";

    @Test
    void arrowFunctionsAndBareNumbersAreRecognised() {
        ScriptPatterns.Recognition r = ScriptPatterns.recognise("generation: |\n"
                + "  const getIssueContext = () => getReportItemsForPluginIds(10863, 51192);\n"
                + "  const getAffectedSystems = (items) => Array.from(new Set(items.map(i => i.serviceName))).sort();\n"
                + "  const getPlaceholderContent = (items) => items.map(i => i.hostName)"
                + ".filter((h, n, all) => all.indexOf(h) === n).sort().map(h => '- ' + h).join('\\n');\n");
        assertThat(r.reason()).isNull();
        assertThat(r.rule()).isEqualTo(new ScriptPatterns.Rule(java.util.List.of("10863", "51192"), "service",
                "hosts"));
    }

    @Test
    void namesInsideStringsAndCommentsDoNotCount() {
        ScriptPatterns.Recognition r = ScriptPatterns.recognise(CONTEXT + HOSTS
                + "// function getPlaceholderContent() { return querySelector('x'); }\n");
        assertThat(r.reason()).isNull();
        assertThat(r.rule().placeholder()).isNull();
    }

    @Test
    void scriptsBeyondThePatternsAreNotRecognised() {
        assertThat(ScriptPatterns.recognise("var ids = ['1'];\n" + CONTEXT + HOSTS).reason())
                .isEqualTo("it runs code outside getIssueContext, getAffectedSystems and getPlaceholderContent");
        assertThat(ScriptPatterns.recognise(CONTEXT + HOSTS + "function names(c) { return c; }\n").reason())
                .isEqualTo("it defines functions of its own (names)");
        assertThat(ScriptPatterns.recognise(HOSTS).reason()).isEqualTo("it has no getIssueContext");
        assertThat(ScriptPatterns.recognise(CONTEXT).reason()).isEqualTo("it has no getAffectedSystems");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            filtered results  | return getReportItemsForPluginIds("1").filter(i => i.port === 443); | getIssueContext does more than fetch the results of its plugins
            ids from a variable| return getReportItemsForPluginIds(ids);                           | getReportItemsForPluginIds is called with something other than written-out plugin ids
            no ids            | return getReportItemsForPluginIds();                                | getReportItemsForPluginIds is called without plugin ids
            another source    | return getReportItems();                                            | getIssueContext does not call getReportItemsForPluginIds
            two fetches       | return getReportItemsForPluginIds("1").concat(getReportItemsForPluginIds("2")); | getIssueContext does more than fetch the results of its plugins
            """)
    void contextsBeyondOneFetchAreNotRecognised(String name, String body, String reason) {
        assertThat(ScriptPatterns.recognise("function getIssueContext() { " + body + " }\n" + HOSTS).reason())
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            no dedupe        | return c.map(i => i.hostName).sort();                                    | getAffectedSystems does not remove duplicates
            own order        | return [...new Set(c.map(i => i.hostName))].sort((a, b) => b.localeCompare(a)); | getAffectedSystems uses .localeCompare, which has no declarative equivalent
            reverse          | return [...new Set(c.map(i => i.hostName))].sort().reverse();             | getAffectedSystems uses .reverse, which has no declarative equivalent
            both names       | return [...new Set(c.map(i => i.hostName + i.serviceName))].sort();       | getAffectedSystems mixes host and service names
            ports            | return [...new Set(c.map(i => i.hostName + ':' + i.port))].sort();        | getAffectedSystems uses .port, which has no declarative equivalent
            text             | return [...new Set(c.map(i => 'https://' + i.hostName))].sort();          | getAffectedSystems builds names out of text
            a call           | return [...new Set(c.map(i => lookup(i.hostName)))].sort();               | getAffectedSystems calls lookup
            """)
    void affectedListsBeyondSortedNamesAreNotRecognised(String name, String body, String reason) {
        assertThat(ScriptPatterns.recognise(CONTEXT + "function getAffectedSystems(c) { " + body + " }\n").reason())
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            no bullets  | return [...new Set(c.map(i => i.hostName))].sort().join('\\n');          | getPlaceholderContent does not return a bullet list of names
            headings    | return [...new Set(c.map(i => i.hostName))].sort().map(h => '# ' + h).join('\\n'); | getPlaceholderContent does not return a bullet list of names
            one line    | return [...new Set(c.map(i => i.hostName))].sort().map(h => '- ' + h).join(', '); | getPlaceholderContent does not return a bullet list of names
            """)
    void placeholdersBeyondBulletListsAreNotRecognised(String name, String body, String reason) {
        assertThat(ScriptPatterns.recognise(CONTEXT + HOSTS + "function getPlaceholderContent(c) { " + body + " }\n")
                .reason()).isEqualTo(reason);
    }
}

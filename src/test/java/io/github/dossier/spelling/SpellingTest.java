package io.github.dossier.spelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.testing.ProjectFixture;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LanguageTool over the rendered report, each problem at its source. The English module is a test
 * dependency, as a report repository adds it to the plugin.
 */
class SpellingTest {

    private static final String TEMPLATE = """
            ---
            category: APP-CNF
            cvss: "5.3"
            ---
            ### Directory Listing Enabled
            The web server{s||} listed above return{||s} a list of the files in a folder whenever teh folder has no index page. Listings were found at:

            {==FOLDERS==}

            Anyone can browse [https://portal.acme.example/files/]() and download `/backup/db.sql` from portal.acme.example or 10.0.0.12, with the Frobnicator or the Quuxifier.
            #### Impact: Medium
            Listed files may reveal source code, credentials or personal data held by {==CLIENT==}.
            #### Likelihood: Medium
            Search engines find listings without any effort. This are a problem.
            #### Recommendation
            Disable directory listing in the web server configuration, and pick a neutral color for the warning page; require multi-factor authentication.
            """;

    @TempDir
    Path dir;

    private ProjectFixture project(String language) {
        return new ProjectFixture(dir)
                .file("src/findings/web/listing.md", TEMPLATE)
                .file("src/findings/dictionary.txt", "# the library's words\nQuuxifier\n")
                .file("src/engagement/dictionary.txt", "# words of this report\nFrobnicator\n")
                .file("src/report/intro.md", "# Introduction\n\nWe recieved the scope from {==CLIENT==}.\n")
                .descriptor("engagement:\n  client: Zorblax Bank plc\n  title: Web Test\n  date: 2026-11-20\n"
                        + language + "values:\n  CLIENT: Zorblax Bank\nsections: {before: [intro.md]}\nfindings:\n"
                        + "  - template: web/listing\n    affected: [portal.acme.example]\n    values:\n"
                        + "      FOLDERS: \"The folders /files/ and /backup/ on the portal, wich is public.\"\n");
    }

    private Spelling.Result check(SpellingSettings settings, ClassLoader loader) {
        return Spelling.build(new ReportConfig(dir, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), true), settings, loader);
    }

    @Test
    void misspellingsAndGrammarAreReportedWhereTheyAreWritten() {
        project("  language: en-GB\n");

        Spelling.Result result = check(new SpellingSettings(SpellingSettings.Mode.ON, Set.of("THIS_NNS",
                "NO_SUCH_RULE")), getClass().getClassLoader());

        // code, the URL, the host and the IP address are not read; Frobnicator (project), Quuxifier (library)
        // and Zorblax (the client) are accepted; THIS_NNS is off; en-GB wants 'colour'; 'multi-factor' is the
        // security term (its rule is off by default)
        String dictionary = " to src/engagement/dictionary.txt if it is right)";
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "-Ddossier.spelling.disable: 'NO_SUCH_RULE' is not a LanguageTool rule of English (GB) — the log names"
                        + " each rule after its message, as [RULE_ID]",
                "src/engagement/engagement.yaml:13:65: possible spelling mistake 'wich' [MORFOLOGIK_RULE_EN_GB] — did"
                        + " you mean 'with', 'which' or 'rich'? (add 'wich'" + dictionary,
                "src/findings/web/listing.md:6:87: possible spelling mistake 'teh' [MORFOLOGIK_RULE_EN_GB] — did you"
                        + " mean 'the', 'ten' or 'tea'? (add 'teh'" + dictionary,
                "src/findings/web/listing.md:14:50: The verb 'are' is plural. Did you mean 'these are', 'This is' or"
                        + " 'This was'? ('This are') [PLURAL_VERB_AFTER_THIS] — turn the rule off with"
                        + " -Ddossier.spelling.disable=PLURAL_VERB_AFTER_THIS",
                "src/findings/web/listing.md:16:79: possible spelling mistake 'color' [MORFOLOGIK_RULE_EN_GB] — did"
                        + " you mean 'colour'? (add 'color'" + dictionary,
                "src/report/intro.md:3:4: possible spelling mistake 'recieved' [MORFOLOGIK_RULE_EN_GB] — did you mean"
                        + " 'received' or 'relieved'? (add 'recieved'" + dictionary);
        assertThat(result.summary()).matches("Dossier spelling: \\d+ texts \\(\\d+ paragraphs\\) checked in English"
                + " \\(GB\\) \\[en-GB] in \\d+\\.\\d s: 6 problems");
    }

    @Test
    void aLanguageWithoutItsModuleNamesTheDependencyToAdd() {
        project("  language: de-DE\n");

        assertThatThrownBy(() -> check(new SpellingSettings(SpellingSettings.Mode.ON, Set.of()),
                getClass().getClassLoader())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(Problem::toString).containsExactly(
                                "src/engagement/engagement.yaml:5:13: engagement.language is de-DE, but the plugin has"
                                        + " no LanguageTool module for it — add <dependency><groupId>org.languagetool"
                                        + "</groupId><artifactId>language-de</artifactId><version>6.6</version>"
                                        + "</dependency> to the dossier-maven-plugin's <dependencies>"));
    }

    @Test
    void withoutAnyModuleSpellingOnSaysWhatToAddAndAutoSaysItDidNotCheck() throws Exception {
        project("  language: en-GB\n");
        try (URLClassLoader bare = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> check(new SpellingSettings(SpellingSettings.Mode.ON, Set.of()), bare))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.errors()).extracting(Problem::toString).containsExactly("pom.xml: spelling"
                                    + " was asked for (dossier.spelling=true), but the plugin has no LanguageTool"
                                    + " language module — add it to the dossier-maven-plugin's <plugin> element:"
                                    + " <dependencies><dependency><groupId>org.languagetool</groupId><artifactId>"
                                    + "language-en</artifactId><version>6.6</version></dependency></dependencies>"
                                    + " (docs/goals.md, Spelling and grammar)"));

            Spelling.Result auto = check(new SpellingSettings(SpellingSettings.Mode.AUTO, Set.of()), bare);
            assertThat(auto.report().findings()).hasSize(1);
            assertThat(auto.problems()).isEmpty();
            assertThat(auto.summary()).isEqualTo("Dossier spelling: not checked; add a LanguageTool language module"
                    + " to the plugin's dependencies to check it: <dependency><groupId>org.languagetool</groupId>"
                    + "<artifactId>language-en</artifactId><version>6.6</version></dependency>");
        }
    }

    @Test
    void offBuildsTheReportAlone() {
        project("");
        Spelling.Result off = check(SpellingSettings.OFF, getClass().getClassLoader());
        assertThat(off.problems()).isEmpty();
        assertThat(off.summary()).isEmpty();
    }

    @Test
    void theVersionDossierNamesIsTheOneItIsBuiltAgainst() {
        assertThat(LanguageModules.VERSION).isEqualTo(org.languagetool.JLanguageTool.VERSION);
    }
}

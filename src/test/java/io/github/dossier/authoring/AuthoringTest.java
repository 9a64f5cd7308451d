package io.github.dossier.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problems;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier:list and dossier:add on a small report repository. */
class AuthoringTest {

    @TempDir
    Path dir;

    private static final String DESCRIPTOR = ProjectFixture.header() + "  options: {aws: false}\n"
            + "# keep this comment\nfindings:\n"
            + "  - template: 02_web/headers   # first\n";

    private ProjectFixture project() {
        return new ProjectFixture(dir)
                .template("02_web/headers", "category: APP-CNF\ncvss: N/A", "Missing Headers", "None.", "Low", "Low")
                .file("src/findings/02_web/sql_injection.md", """
                        ---
                        category: "{==APP-DAT/NET==}"
                        cvss: TBA
                        comment: Ask for the request that showed it.
                        ---
                        ### SQL Injection
                        The {==LOGIN||UPDATE==} form at {==URL==} {is||are} injectable via {==the search box==}.
                        {==NOTE check the WAF==}
                        {==OPTION AWS==} The database runs on RDS.
                        {==EITHER==} It is reachable. {==OR==} It is internal.
                        {==SCREENSHOT==}
                        #### Impact: High
                        Data.
                        #### Likelihood: Medium
                        Easy.
                        #### Recommendation
                        Bind.
                        """)
                .descriptor(DESCRIPTOR);
    }

    private ReportConfig config(ProjectFixture p) {
        return new ReportConfig(p.root, Path.of("src/engagement/engagement.yaml"), RenderSettings.strict(), false);
    }

    @Test
    void listShowsEveryTemplateOrTheFilteredOnes() {
        ProjectFixture p = project();
        var library = Authoring.library(config(p), new Problems());

        assertThat(TemplateCatalog.format(TemplateCatalog.rows(library, ""))).containsExactly(
                "src/findings: 2 templates",
                "    TITLE                            CATEGORY     CVSS",
                "  02_web/",
                "    Missing Headers (file: headers)  APP-CNF      N/A",
                "    SQL Injection                    APP-DAT/NET  TBA");
        assertThat(TemplateCatalog.rows(library, "SQL")).extracting(TemplateCatalog.Row::id)
                .containsExactly("02_web/sql_injection");
        assertThat(TemplateCatalog.rows(library, "app-cnf")).extracting(TemplateCatalog.Row::id)
                .containsExactly("02_web/headers");
    }

    @Test
    void listShowsScoresNotVectorsAndTitlesWithoutMarkupWithin100Columns() {
        ProjectFixture p = project()
                .template("03_tls/weak_ciphers", "category: NET\ncvss: CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N",
                        "Weak {Ciphers||Cipher} on `{==SERVICE==}` *servers*", "x", "Low", "Low")
                .template("03_tls/a_long_group_name/a_title_so_long_that_it_cannot_possibly_fit_beside_its_category"
                        + "_and_score_in_one_line_of_text", "category: \"{==CATEGORY==}\"\ncvss: \"{==CVSS==}\"",
                        "A Title So Long That It Cannot Possibly Fit Beside Its Category And Score In One Line Of Text",
                        "x", "Low", "Low")
                .template("03_tls/plain_login_update_score", "category: NET\ncvss: 4", "Plain {==LOGIN||UPDATE==} Score", "x",
                        "Low", "Low");
        var rows = TemplateCatalog.rows(Authoring.library(config(p), new Problems()), "03_tls");

        assertThat(rows).extracting(TemplateCatalog.Row::title, TemplateCatalog.Row::cvss).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A Title So Long That It Cannot Possibly Fit Beside Its Category"
                        + " And Score In One Line Of Text", "TBA"),
                org.assertj.core.groups.Tuple.tuple("Plain LOGIN/UPDATE Score", "4.0 Medium"),
                org.assertj.core.groups.Tuple.tuple("Weak Ciphers on SERVICE servers", "5.9 Medium"));
        assertThat(TemplateCatalog.format(rows)).containsExactly(
                "src/findings: 3 templates",
                "    TITLE                                                                CATEGORY  CVSS",
                "  03_tls/a_long_group_name/",
                "    A Title So Long That It Cannot Possibly Fit Beside Its Category An…  CATEGORY  TBA",
                "  03_tls/",
                "    Plain LOGIN/UPDATE Score                                             NET       4.0 Medium",
                "    Weak Ciphers on SERVICE servers (file: weak_ciphers)                 NET       5.9 Medium")
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(93));
    }

    @Test
    void addAppendsAnEntryListingEveryOpenDecision() throws Exception {
        ProjectFixture p = project();

        Authoring.Added added = Authoring.add(config(p), "SQL Injection");

        assertThat(added.templateId()).isEqualTo("02_web/sql_injection");
        assertThat(added.key()).isNull();
        assertThat(Files.readString(p.root.resolve("src/engagement/engagement.yaml"))).isEqualTo(DESCRIPTOR + """
                  # SQL Injection (from src/findings), added by dossier:add. A commented line is a decision still open: uncomment and complete it.
                  # Ask for the request that showed it.
                  - template: 02_web/sql_injection
                    # key: 02_web/sql_injection   # for @references; the id by default
                    affected: []   # the affected systems, one per entry
                    # category: APP-DAT   # the template's category is {==APP-DAT/NET==}: give one
                    # cvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N   # the template's score is TBA: give a score or vector
                    values:
                      # URL: "…"   # text (line 7)
                      # SCREENSHOT: "…"   # text, Markdown, {image: path, caption: …}, {file: path, lang: …} or a list (line 11)
                      # LOGIN||UPDATE: LOGIN   # choose LOGIN | UPDATE, by text or number
                    options:
                      # 2: 1   # alternative group 2: pick one: 1 = "It is reachable.", 2 = "It is internal."
                    editorial:
                      # 1: keep   # editorial text "the search box": keep, drop or the text to print
                    # note for the writer (line 8): NOTE check the WAF
                    # impact: High   # overrides the template's level
                    # likelihood: Medium
                    # status: open   # open, fixed or accepted
                """);
    }

    @Test
    void theStubBuildsInDraftModeAsWrittenAndAStrictBuildNamesWhatIsOpen() {
        ProjectFixture p = project();
        Authoring.add(config(p), "SQL Injection");

        assertThat(p.build(new RenderSettings(true, false)).findings()).hasSize(2);
        assertThatThrownBy(p::build).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(io.github.dossier.problem.Problem::message).containsExactly(
                        "category is not decided yet ('{==APP-DAT/NET==}') (finding '02_web/sql_injection')",
                        "cvss is not decided yet ('TBA') (finding '02_web/sql_injection')",
                        "no value for the choice {==LOGIN||UPDATE==} (finding '02_web/sql_injection')",
                        "no value for {==URL==} (finding '02_web/sql_injection')",
                        "alternative group 2 must pick one of 2 alternatives, 1: \"It is reachable.\" or 2: \"It is"
                                + " internal.\" (finding '02_web/sql_injection')",
                        "no value for {==SCREENSHOT==} (finding '02_web/sql_injection')"));
    }

    @Test
    void aSecondFindingOfTheSameTemplateGetsItsOwnKey() {
        ProjectFixture p = project();

        assertThat(Authoring.add(config(p), "02_web/headers").key()).isEqualTo("02_web/headers-2");
    }

    @Test
    void anUnknownTemplateIsAnErrorWithASuggestion() {
        ProjectFixture p = project();

        assertThatThrownBy(() -> Authoring.add(config(p), "SQL Injektion")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().get(0).toString())
                .isEqualTo("-Dtemplate: unknown template 'SQL Injektion' — did you mean 'SQL Injection'?");
    }
}

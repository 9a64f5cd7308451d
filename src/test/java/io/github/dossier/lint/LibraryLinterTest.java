package io.github.dossier.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Severity;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library's own check: every template, its format, its values and its markup. */
class LibraryLinterTest {

    private static final String LIB = "src/main/resources/dossier-library/";

    @TempDir
    Path dir;

    private static String template(String front, String body) {
        return "---\n" + front + "\n---\n" + body;
    }

    private static final String GOOD = template("category: APP-DAT\ncvss: \"9.8\"",
            "### SQL Injection\nThe {==URL==} parameter is injectable.\n#### Impact: High\nData.\n"
                    + "#### Likelihood: High\nEasy.\n#### Recommendation\nBind parameters.\n");

    private LibraryLinter.Result lint(ProjectFixture p) {
        return LibraryLinter.lint(p.root.resolve(LIB), p.root);
    }

    private static java.util.List<String> lines(LibraryLinter.Result result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aWellFormedLibraryHasNoProblems() {
        LibraryLinter.Result result = lint(new ProjectFixture(dir).file(LIB + "08_web_application/sql_injection.md",
                GOOD));

        assertThat(result.templates()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theFileNameComesFromTheTitleAndTheFolderFromTheGroup() {
        LibraryLinter.Result result = lint(new ProjectFixture(dir)
                .file(LIB + "web/sqli.md", GOOD)
                .file(LIB + "02_net/tls_1.0_or_ssl_v3_enabled.md", GOOD.replace("SQL Injection",
                        "TLS 1.0 or SSL v3 Enabled").replace("9.8", "5.3"))
                .file(LIB + "02_net/smb_signing_not_required_smb_v1.md", GOOD.replace("SQL Injection",
                        "SMB Signing Not Required/SMB v1")));

        assertThat(lines(result)).containsExactly(
                LIB + "web/sqli.md: the template is not in a <NN>_<group>/ folder — place it as <NN>_<group>/<name>.md,"
                        + " e.g. 08_web_application/sql_injection.md",
                LIB + "web/sqli.md:5:1: the file is named sqli.md but the title 'SQL Injection' gives"
                        + " sql_injection.md — rename the file, or correct the title");
    }

    @Test
    void structureAndHeadingsAreCheckedLineByLine() {
        String body = "\n### SQL Injection\nText.\n### Details\nMore.\n#### impact: high\nData.\n"
                + "#### Likelihood: Severe\nEasy.\n#### Recommendations\nBind.\n";
        LibraryLinter.Result result = lint(new ProjectFixture(dir).file(LIB + "01_web/sql_injection.md",
                template("category: APP-DAT\ncvss: \"9.8\"", body)));

        assertThat(lines(result)).containsExactly(
                LIB + "01_web/sql_injection.md:6:1: the title is not the first line of the body — remove the blank"
                        + " lines before '### SQL Injection'",
                LIB + "01_web/sql_injection.md:8:1: a second ### heading; a template has exactly one title — use ####"
                        + " or bold text for sub-headings",
                LIB + "01_web/sql_injection.md:10:1: '#### impact: high' is not written '#### Impact: High' — write"
                        + " the heading exactly in that form",
                LIB + "01_web/sql_injection.md:12:18: Likelihood level 'Severe' is not Low, Medium or High — write"
                        + " '#### Likelihood: Medium'",
                LIB + "01_web/sql_injection.md:14:1: '#### Recommendations' is not written '#### Recommendation' —"
                        + " write the heading exactly as '#### Recommendation'");
    }

    @Test
    void frontMatterValuesAndTypesAreChecked() {
        LibraryLinter.Result result = lint(new ProjectFixture(dir).file(LIB + "01_web/sql_injection.md",
                template("categroy: APP-DAT\ncvss: \"9.8.1\"\nreport_on_external_network_test: maybe",
                        GOOD.substring(GOOD.indexOf("### ")))));

        assertThat(lines(result)).containsExactly(
                LIB + "01_web/sql_injection.md:2:1: front matter key 'categroy' is not a known key — did you mean"
                        + " 'category'?",
                LIB + "01_web/sql_injection.md:2:1: the front matter has no category — add category: <CODE>",
                LIB + "01_web/sql_injection.md:3:7: '9.8.1' is not a CVSS score or vector (template"
                        + " 01_web/sql_injection) — write a score from 0 to 10 (one decimal at most), a vector such as"
                        + " CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, or N/A",
                LIB + "01_web/sql_injection.md:4:34: report_on_external_network_test must be true or false, not"
                        + " 'maybe' — write true or false");
        assertThat(result.count(Severity.ERROR)).isEqualTo(2);
    }

    @Test
    void titlesAreUniqueAcrossTheLibrary() {
        LibraryLinter.Result result = lint(new ProjectFixture(dir)
                .file(LIB + "01_web/sql_injection.md", GOOD)
                .file(LIB + "02_db/sql_injection.md", GOOD));

        // a warning: only a descriptor that names the title is wrong (it must use the id)
        assertThat(lines(result)).containsExactly(LIB + "02_db/sql_injection.md:5:1: the title 'SQL Injection' is"
                + " also the title of " + LIB + "01_web/sql_injection.md — descriptors that name either template"
                + " must use its id; give each template its own title to allow naming it by title");
        assertThat(result.count(io.github.dossier.problem.Severity.ERROR)).isZero();
    }

    @Test
    void syntaxErrorsEncodingAndMarkupLintsAreReported() {
        LibraryLinter.Result result = lint(new ProjectFixture(dir)
                .file(LIB + "01_web/sql_injection.md", GOOD.replace("parameter is", "{have|has} {==broken"))
                .bytes(LIB + "01_web/latin1.md", new byte[] {'#', ' ', (byte) 0xE9}));

        assertThat(lines(result)).containsExactly(
                LIB + "01_web/latin1.md:1:3: the file is not valid UTF-8 — save it as UTF-8",
                LIB + "01_web/sql_injection.md:6:15: {have|has} has a single | and would print as written — write a"
                        + " toggle with two pipes: {have||has}",
                LIB + "01_web/sql_injection.md:6:26: {== is never closed — add ==} after the highlighted text, or"
                        + " remove the {==");
        assertThat(result.templates()).isEqualTo(2);
    }
}

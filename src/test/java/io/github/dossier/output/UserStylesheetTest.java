package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The user's stylesheet never makes the page fetch anything: files beside it are inlined, every
 * other reference a browser would load is refused where it is written, however it is spelt.
 */
class UserStylesheetTest {

    private static final byte[] FONT = {0x77, 0x4F, 0x46, 0x32, 1, 2, 3};

    @TempDir
    Path project;

    private Path css;

    @BeforeEach
    void files() throws Exception {
        Path folder = Files.createDirectories(project.resolve("src/report"));
        Files.createDirectories(folder.resolve("fonts"));
        Files.write(folder.resolve("fonts/brand.woff2"), FONT);
        Files.write(folder.resolve("logo.png"), io.github.dossier.testing.ProjectFixture.PNG);
        Files.writeString(folder.resolve("other.css"), "p { color: red }");
        Files.writeString(project.resolve("secret.png"), "not for the page");
        css = folder.resolve("brand.css");
    }

    private Result check(String stylesheet) throws Exception {
        Files.writeString(css, stylesheet, StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Optional<String> inlined = UserStylesheet.read(css, "src/report/brand.css", problems);
        return new Result(inlined.orElse(null), problems.errors().stream().map(Problem::toString).toList());
    }

    private record Result(String css, List<String> errors) {
    }

    @Test
    void filesBesideTheStylesheetAreInlined() throws Exception {
        Result r = check("@font-face { font-family: Brand; src: url(fonts/brand.woff2) format(\"woff2\"),"
                + " url('fonts/brand.woff2?v=2#iefix'); }\nh1 { background: URL( \"logo.png\" ) }\n"
                + ".hero { background-image: image-set(\"logo.png\" 1x, url(logo.png) 2x) }");
        String font = "data:font/woff2;base64," + Base64.getEncoder().encodeToString(FONT);
        String png = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                io.github.dossier.testing.ProjectFixture.PNG);
        assertThat(r.errors()).isEmpty();
        assertThat(r.css()).isEqualTo("@font-face { font-family: Brand; src: url(\"" + font + "\") format(\"woff2\"),"
                + " url(\"" + font + "\"); }\nh1 { background: URL( \"" + png + "\" ) }\n"
                + ".hero { background-image: image-set(\"" + png + "\" 1x, url(\"" + png + "\") 2x) }");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "p { background: url(data:image/png;base64,iVBORw0KGgo=) }",
        "p { filter: url(#shadow) }",
        "p::before { content: \"url(https://evil.example/)\" }",
        "/* @import url(https://evil.example/x.css); */ p { color: red }",
        "p { font-family: \"@import\", serif; }",
        "@media print { p { color: black } }",
    })
    void whatLoadsNothingIsLeftAsWritten(String stylesheet) throws Exception {
        Result r = check(stylesheet);
        assertThat(r.errors()).isEmpty();
        assertThat(r.css()).isEqualTo(stylesheet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "@import url                 | `@import url(https://evil.example/a.css);`          | 1:1: @import would load",
        "@import string              | `p{}\n@import \"other.css\";`                      | 2:1: @import would load",
        "@import escaped             | `@\\69mport 'other.css';`                            | 1:1: @import would load",
        "remote url                  | `p { background: url(https://evil.example/t.png) }` | 1:17: 'https://evil.example/t.png' is remote",
        "scheme-relative url         | `p { background: url(//evil.example/t.png) }`       | 1:17: '//evil.example/t.png' is remote",
        "upper-case URL              | `p { background: URL(\"http://evil.example\") }`    | 1:21: 'http://evil.example' is remote",
        "escaped url                 | `p { background: \\75 rl(http://evil.example) }`    | 1:17: 'http://evil.example' is remote",
        "escape inside the url       | `p { background: url(ht\\74p://evil.example) }`     | 1:17: 'http://evil.example' is remote",
        "remote font                 | `@font-face { src: url('https://evil.example/f.woff') }` | 1:23: 'https://evil.example/f.woff' is remote",
        "image-set string            | `p { background: image-set(\"https://evil.example/a.png\" 1x) }` | 1:27: 'https://evil.example/a.png' is remote",
        "webkit image-set            | `p { background: -webkit-image-set('//evil.example/a.png' 1x) }` | 1:35: '//evil.example/a.png' is remote",
        "src function                | `@font-face { src: src(\"https://evil.example/f\") }` | 1:23: 'https://evil.example/f' is remote",
        "file scheme                 | `p { background: url(file:///etc/hostname) }`       | 1:17: 'file:///etc/hostname' is remote",
        "absolute path               | `p { background: url(/etc/logo.png) }`              | 1:17: '/etc/logo.png' is an absolute path",
        "leaves the folder           | `p { background: url(../../secret.png) }`           | 1:17: '../../secret.png' is outside the stylesheet's folder",
        "missing file                | `p { background: url(none.png) }`                   | 1:17: 'none.png' is not a file",
        "neither image nor font      | `p { background: url(other.css) }`                  | 1:17: 'other.css' is neither an image nor a font",
        "malformed url               | `p { background: url(a b.png) }`                    | 1:17: this url(…) is malformed",
        "empty url                   | `p { background: url() }`                           | 1:17: an empty reference would load the page itself",
    })
    void referencesThatWouldBeFetchedAreRefusedWhereTheyAreWritten(String name, String stylesheet, String error)
            throws Exception {
        assertThat(check(stylesheet).errors()).singleElement().asString().startsWith("src/report/brand.css:" + error);
    }

    @Test
    void aLinkLeavingTheFolderIsRefused() throws Exception {
        Files.createSymbolicLink(project.resolve("src/report/fonts/link.png"), project.resolve("secret.png"));
        assertThat(check("p { background: url(fonts/link.png) }").errors()).containsExactly("src/report/brand.css:1:17:"
                + " 'fonts/link.png' is outside the stylesheet's folder — put the file in the stylesheet's folder"
                + " or below it, and name it relative to the stylesheet: Dossier inlines it into the page");
    }

    @Test
    void aStylesheetNotInUtf8IsRefusedAtTheFirstBadByte() throws Exception {
        Files.write(css, "h1 { font-family: \"Caf\u00e9 Sans\" }\n".getBytes(StandardCharsets.ISO_8859_1));
        Problems problems = new Problems();
        assertThat(UserStylesheet.read(css, "src/report/brand.css", problems)).isEmpty();
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly(
                "src/report/brand.css:1:23: the file is not valid UTF-8 — save it as UTF-8");
    }
}

package io.github.dossier.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A broken Trivy report is located at line and column and told in plain words, without Jackson's internals. */
class TrivyErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "unquoted value    | `{\"SchemaVersion\": 2, \"Results\": [{\"Target\": x}]}` | 1:47: 'x' is not a JSON value (strings need double quotes)",
        "cut short         | `{\"SchemaVersion\": 2,\n \"Results\": [`                | 2:14: it ends before the JSON is complete (cut short?)",
        "cut in a string   | `{\"SchemaVersion\": 2, \"Results\": [{\"Target\": \"a`  | 1:47: it ends before the JSON is complete (cut short?)",
        "single quotes     | `{'SchemaVersion': 2}`                                 | 1:2: unexpected character ''' (JSON quotes with \")",
        "control character | `{\"SchemaVersion\": 2, \"Results\": [{\"Target\": \"a\u0001\"}]}` | 1:47: a control character inside a string must be escaped",
        "huge number       | `{\"SchemaVersion\": 99999999999999999999}`            | 1:39: this number is too large",
        "nested too deep   | DEEP                                                   | 1:120: it nests more than 64 levels deep here",
        "string too long   | LONG                                                   | 2:25: a string here is longer than 1 MB",
    })
    void brokenReportsAreLocatedAndPlain(String name, String json, String expected) {
        String text = switch (json) {
            case "DEEP" -> "{\"SchemaVersion\": 2, \"Results\": [{\"Vulnerabilities\": [{\"X\": " + "[".repeat(70)
                    + "]".repeat(70) + "}]}]}";
            case "LONG" -> "{\"SchemaVersion\": 2,\n \"Results\": [{\"Target\": \"" + "a".repeat(1_100_000) + "\"}]}";
            default -> json;
        };
        Problems problems = new Problems();
        new TrivyReader(ScanInterest.of(List.of())).read(new ByteArrayInputStream(text.getBytes(
                StandardCharsets.UTF_8)), "scans/trivy.json", new ScanResults(), problems);
        assertThat(problems.errors()).extracting(Problem::toString).singleElement().asString()
                .isEqualTo("scans/trivy.json:" + expected.replaceFirst(": ", ": the Trivy report is not valid JSON: ")
                        + " — run trivy again with --format json")
                .doesNotContain("Source", "StreamRead", "code ", "JSON String", "expected close marker", "`");
    }

    @Test
    void aReportNotInUtf8IsLocated() {
        byte[] bytes = {'{', ' ', (byte) 0xBF, '}'};
        Problems problems = new Problems();
        new TrivyReader(ScanInterest.of(List.of())).read(new ByteArrayInputStream(bytes), "t.json", new ScanResults(),
                problems);
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly("t.json:1:4: the Trivy report is"
                + " not valid JSON: a byte here is not UTF-8 — run trivy again with --format json");
    }
}

package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dossier:verify}: each deliverable that records provenance (PDF XMP, Word custom
 * properties, findings.json) is read back and compared with the working tree, input by input.
 */
class VerificationTest {

    @TempDir
    Path dir;

    private ProjectFixture project;
    private Path out;

    @BeforeEach
    void build() {
        project = new ProjectFixture(dir).bytes("src/engagement/evidence/shot.png", ProjectFixture.PNG)
                .file("src/engagement/evidence/request.http", "POST /login HTTP/1.1\n\nuser=admin\n")
                .template("04_x/shot", "category: NET", "Shot", "Proof:\n\n{==SCREENSHOT==}\n\n{==REQUEST==}", "Low",
                        "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 04_x/shot\n    values:\n"
                        + "      SCREENSHOT: {image: evidence/shot.png, caption: The login page}\n"
                        + "      REQUEST: {file: evidence/request.http, lang: http}\n");
        out = dir.resolve("target/dossier");
        ReportWriter.write(project.build(), OutputOptions.of(EnumSet.of(Format.PDF, Format.DOCX, Format.JSON)), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "report.docx", "findings.json"})
    void aDeliverableMatchesTheTreeItWasBuiltFrom(String name) {
        Report now = project.build();

        Verification.Result result = Verification.verify(now, out.resolve(name), name);

        assertThat(result.matches()).isTrue();
        assertThat(result.recorded()).isEqualTo(now.provenance().digest()).isEqualTo(result.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "report.docx", "findings.json"})
    void oneChangedByteOfEvidenceIsNamed(String name) throws Exception {
        project.file("src/engagement/evidence/request.http", "POST /login HTTP/1.1\n\nuser=admiN\n");

        Verification.Result result = Verification.verify(project.build(), out.resolve(name), name);

        assertThat(result.matches()).isFalse();
        assertThat(result.differences()).singleElement().asString()
                .matches("evidence src/engagement/evidence/request\\.http: SHA-256 [0-9a-f]{12}… in the deliverable,"
                        + " SHA-256 [0-9a-f]{12}… now");
        assertThat(result.recorded()).isNotEqualTo(result.now());
    }

    @Test
    void aChangedTemplateAndAnEditedRecordAreNamed() throws Exception {
        project.template("04_x/shot", "category: NET", "Shot", "Proof here:\n\n{==SCREENSHOT==}\n\n{==REQUEST==}", "Low",
                "Low");
        Path json = out.resolve("findings.json");
        String text = Files.readString(json, StandardCharsets.UTF_8);
        Files.writeString(json, text.replaceFirst("\"digest\": \"[0-9a-f]{64}\"", "\"digest\": \"" + "0".repeat(64)
                + "\""), StandardCharsets.UTF_8);

        Verification.Result result = Verification.verify(project.build(), json, "findings.json");

        assertThat(result.differences()).hasSize(2);
        assertThat(result.differences().get(0)).startsWith("the digest findings.json records is not the digest");
        assertThat(result.differences().get(1)).startsWith("template 04_x/shot: SHA-256 ");
    }

    @Test
    void aFileThatRecordsNoProvenanceIsRefusedWithTheReason() throws Exception {
        Report now = project.build();
        Path html = out.resolve("report.html");
        Files.writeString(html, "<p>x</p>");

        assertThatThrownBy(() -> Verification.verify(now, html, "report.html"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither a PDF");
        assertThatThrownBy(() -> Verification.verify(now, out.resolve("nothing.pdf"), "nothing.pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nothing.pdf is not a file");
        Path plain = out.resolve("plain.json");
        Files.writeString(plain, "{\"formatVersion\": 1}");
        assertThatThrownBy(() -> Verification.verify(now, plain, "plain.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("records no Dossier provenance");
    }
}

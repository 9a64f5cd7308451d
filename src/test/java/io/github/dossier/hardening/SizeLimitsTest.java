package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.io.SizeLimits;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Huge inputs are refused with a located error at a configurable limit, never read whole. */
class SizeLimitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is {1} bytes")
    @CsvSource({"1048576, 1048576", "512K, 524288", "8M, 8388608", "1g, 1073741824", "16MB, 16777216"})
    void sizesAreWrittenAsPeopleWriteThem(String text, long bytes) {
        assertThat(SizeLimits.parse(text, "x")).isEqualTo(bytes);
    }

    @Test
    void aSizeThatIsNoSizeNamesTheParameter() {
        assertThatThrownBy(() -> SizeLimits.parse("lots", "<maxTemplateSize>/-Ddossier.maxTemplateSize"))
                .hasMessage("<maxTemplateSize>/-Ddossier.maxTemplateSize is 'lots', not a size — write bytes or a"
                        + " number with K, M or G, such as 8M");
        assertThatThrownBy(() -> SizeLimits.parse("0", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    private ProjectFixture project() {
        return new ProjectFixture(dir).bytes("src/engagement/evidence/shot.png", ProjectFixture.PNG)
                .template("01/t", "category: NET", "T", "Proof:\n\n{==SCREENSHOT==}", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 01/t\n    values:\n"
                        + "      SCREENSHOT: {image: evidence/shot.png}\n");
    }

    private static java.util.List<String> errors(ProjectFixture p, SizeLimits limits) {
        try {
            p.build(limits);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("the build passed");
    }

    @Test
    void withinTheLimitsTheReportBuilds() {
        assertThat(project().build(SizeLimits.DEFAULTS).findings()).hasSize(1);
    }

    @Test
    void aDescriptorOverTheLimitIsRefused() {
        assertThat(errors(project(), new SizeLimits(100, 1 << 20, 1 << 20))).singleElement().asString()
                .startsWith("src/engagement/engagement.yaml:").contains("over the limit of 100");
    }

    @Test
    void aTemplateOverTheLimitIsRefused() {
        assertThat(errors(project(), new SizeLimits(1 << 20, 100, 1 << 20))).containsExactly(
                "src/findings/01/t.md: file is 148 bytes, over the limit of 100 — split it, or raise the limit if the"
                        + " file is genuine");
    }

    @Test
    void anEvidenceImageOverTheLimitIsRefused() {
        assertThat(errors(project(), new SizeLimits(1 << 20, 1 << 20, 10))).containsExactly(
                "src/engagement/engagement.yaml:9:7: evidence image 'evidence/shot.png' is 70 bytes, over the limit"
                        + " of 10 (finding '01/t') — make the screenshot smaller, or raise"
                        + " <maxEvidenceSize>/-Ddossier.maxEvidenceSize");
    }
}

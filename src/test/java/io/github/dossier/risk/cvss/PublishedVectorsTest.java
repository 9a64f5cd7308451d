package io.github.dossier.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.CvssSeverity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example vector FIRST publishes for CVSS v3.0, v3.1 and v4.0 scores exactly as published;
 * the files under {@code src/test/resources/cvss/} say where each set comes from.
 */
class PublishedVectorsTest {

    static Stream<Arguments> v31() {
        return VectorFile.cases("first-v3.1-examples.txt");
    }

    static Stream<Arguments> v30() {
        return VectorFile.cases("first-v3.0-examples.txt");
    }

    static Stream<Arguments> v40() {
        return Stream.concat(VectorFile.cases("first-v4.0-examples.txt"),
                VectorFile.cases("redhat-v4.0-threat-and-security.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v31")
    void firstV31Example(VectorFile.Case c) {
        CvssScore score = read(c);
        assertThat(score.version()).isEqualTo("3.1");
        // and the equations written out in the test agree, so the library is checked twice
        V31Equations.Scores equations = V31Equations.scores(CvssVectorParser.parse(c.vector()));
        assertThat(score.scoreType().equals("temporal") ? equations.temporal() : equations.base())
                .isEqualTo(c.score());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v30")
    void firstV30ExampleScoredAsV3(VectorFile.Case c) {
        assertThat(read(c).version()).isEqualTo("3.0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v40")
    void firstV40Example(VectorFile.Case c) {
        CvssScore score = read(c);
        assertThat(score.version()).isEqualTo("4.0");
        assertThat(score.scoreType()).startsWith("CVSS-B");
    }

    private static CvssScore read(VectorFile.Case c) {
        CvssScore score = CvssReader.read(c.vector()).orElseThrow();
        assertThat(score.score()).as("score").isEqualTo(c.score());
        c.base().ifPresent(base -> assertThat(score.baseScore()).as("base score").isEqualTo(base));
        assertThat(score.severity()).isEqualTo(CvssSeverity.of(c.score()));
        assertThat(score.vector()).isEqualTo(c.vector());
        return score;
    }
}

package io.github.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LibraryCoordinatesTest {

    private final Problems problems = new Problems();

    @ParameterizedTest(name = "{0} is coordinates")
    @ValueSource(strings = {"com.acme.sec:findings:2.3.0", "g:a:zip:1", "g:a:zip:cls:1", "com.acme:findings"})
    void coordinatesAreToldFromFolders(String written) {
        assertThat(LibraryCoordinates.looksLike(written)).isTrue();
    }

    @ParameterizedTest(name = "{0} is a folder")
    @ValueSource(strings = {"src/findings", "C:\\findings", "C:findings", "lib/a:b", "findings"})
    void foldersAreNotCoordinates(String written) {
        assertThat(LibraryCoordinates.looksLike(written)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "com.acme.sec:findings:2.3.0, com.acme.sec:findings:2.3.0, findings-2.3.0.jar",
        "com.acme.sec:findings:jar:2.3.0, com.acme.sec:findings:2.3.0, findings-2.3.0.jar",
        "com.acme.sec:findings:zip:2.3.0, com.acme.sec:findings:zip:2.3.0, findings-2.3.0.zip",
        "com.acme.sec:findings:zip:web:1.0, com.acme.sec:findings:zip:web:1.0, findings-1.0-web.zip"})
    void parsesMavensForms(String written, String normal, String fileName) {
        LibraryCoordinates c = LibraryCoordinates.parse(written, Location.of("d.yaml"), problems).orElseThrow();
        assertThat(c.toString()).isEqualTo(normal);
        assertThat(c.fileName()).isEqualTo(fileName);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void theOriginIsTheArtifactAndItsVersion() {
        LibraryCoordinates c = LibraryCoordinates.parse("com.acme:findings:1.0", Location.of("d"), problems)
                .orElseThrow();
        assertThat(c.origin().name()).isEqualTo("com.acme:findings");
        assertThat(c.origin().version()).isEqualTo("1.0");
        assertThat(c.origin().label()).isEqualTo("com.acme:findings:1.0");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "com.acme:findings | 'com.acme:findings' is neither a folder nor artifact coordinates",
        "g:a:LATEST | library g:a:LATEST has no fixed version",
        "g:a:[1.0,2.0) | 'g:a:[1.0,2.0)' is not valid artifact coordinates: '[1.0,2.0)'",
        "g:a:pom:1.0 | library g:a:pom:1.0 is a 'pom'; a library is a jar or a zip"})
    void refusesWhatIsNoFixedLibrary(String written, String message) {
        assertThat(LibraryCoordinates.parse(written, new Location("d.yaml", 3, 5), problems)).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::message).containsExactly(message);
    }
}

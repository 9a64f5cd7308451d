package io.github.dossier.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.library.LibrarySettings;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check -Ddossier.compareLibrary}: each template the report uses, against another library version. */
class LibraryDriftTest {

    @TempDir
    Path dir;

    private ProjectFixture project() {
        return new ProjectFixture(dir)
                .template("01_web/sqli", "category: APP-INJ", "SQL Injection", "Use prepared statements.", "High",
                        "High")
                .template("02_net/ssh", "category: NET", "SSH Banner", "The banner names the version.", "Low", "Low")
                .template("03_net/tls", "category: NET", "Weak TLS", "Old protocols.", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 01_web/sqli\n"
                        + "  - template: 02_net/ssh\n  - template: 03_net/tls\n");
    }

    /** A library jar: the project's own ssh template, a reworded sqli, no tls. */
    private Path jar() throws IOException {
        Path jar = dir.resolve("findings-2.0.jar");
        Map<String, byte[]> entries = Map.of(
                "dossier-library/01_web/sqli.md", Files.readString(dir.resolve("src/findings/01_web/sqli.md"))
                        .replace("Use prepared statements.", "Use parameterised queries for every database call.")
                        .getBytes(StandardCharsets.UTF_8),
                "dossier-library/02_net/ssh.md", Files.readAllBytes(dir.resolve("src/findings/02_net/ssh.md")));
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new java.util.TreeSet<>(entries.keySet())) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private LibrarySettings settings(Path jar) {
        return new LibrarySettings(List.of(), c -> {
            if (!c.toString().equals("com.acme:findings:2.0")) {
                throw new LibraryResolutionException("Could not find artifact " + c);
            }
            return jar;
        }, dir.resolve("target/work"));
    }

    @Test
    void eachUsedTemplateIsChangedUnchangedOrMissingWithTheChangedWords() throws IOException {
        Report report = project().build();

        LibraryDrift.Result result = LibraryDrift.compare(report, "com.acme:findings:2.0", settings(jar()));

        assertThat(LibraryDrift.describe(result)).containsExactly(
                "Library drift: the templates this report uses, compared with com.acme:findings:2.0",
                "  01_web/sqli (now from src/findings): changed, 6 words added, 2 removed",
                "      “prepared statements.” → “parameterised queries for every database call.”",
                "  02_net/ssh (now from src/findings): unchanged",
                "  03_net/tls (now from src/findings): not in com.acme:findings:2.0",
                "Library drift: 1 changed, 1 unchanged, 1 not in com.acme:findings:2.0, of 3 templates");
    }

    @Test
    void coordinatesThatCannotBeResolvedAreOneLocatedError() throws IOException {
        Report report = project().build();
        LibrarySettings settings = settings(jar());

        assertThatThrownBy(() -> LibraryDrift.compare(report, "com.acme:findings:9.9", settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(Problem::toString).singleElement().asString()
                        .startsWith(LibraryDrift.PARAMETER + ": library com.acme:findings:9.9 cannot be used:"));
        assertThatThrownBy(() -> LibraryDrift.compare(report, "not coordinates", settings))
                .isInstanceOf(InvalidInputException.class);
    }
}

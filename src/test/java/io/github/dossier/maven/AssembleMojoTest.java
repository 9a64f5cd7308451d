package io.github.dossier.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.maven.api.plugin.testing.MojoExtension.getBasedir;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/**
 * The assemble goal as Maven configures it: parameters from the POM of a small report
 * repository under {@code src/test/projects/report}, output under {@code target/mojo-tests}.
 */
@MojoTest
class AssembleMojoTest {

    private static final String POM = "src/test/projects/report/pom.xml";

    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    void rendersTheReport(AssembleMojo mojo) throws Exception {
        Path out = freshOutput(mojo, "renders");

        mojo.execute();

        assertThat(out.resolve("report.md")).content(UTF_8).contains(
                "### 1. Missing Security Headers",
                "The application listed above does not send a Content-Security-Policy header.",
                "The header was missing from every response of https://portal.acme.example/.",
                "Send a Content-Security-Policy header that allows scripts from Acme Bank's own origins only.");
        assertThat(out.resolve("report.html")).content(UTF_8)
                .contains("id=\"finding-csp\"")
                .contains("The application listed above does not send a Content-Security-Policy header.");
    }

    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    void badInputFailsWithTheLocatedErrorAndWritesNothing(AssembleMojo mojo) throws Exception {
        Path out = freshOutput(mojo, "fails");
        setVariableValueToObject(mojo, "descriptor", project().resolve("src/engagement/missing-value.yaml").toFile());

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("the report cannot be built: 1 error in src/engagement/missing-value.yaml and its templates"
                        + System.lineSeparator()
                        + "src/findings/web/missing_security_headers.md:8:47: no value for {==URL==} (finding 'csp')"
                        + " — add 'URL: …' to the finding's values or the engagement's values");
        assertThat(out).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipLogsOneLineAndWritesNothing(AssembleMojo mojo) throws Exception {
        Path out = freshOutput(mojo, "skip");
        // a descriptor that does not exist: skipping must not even look for it
        setVariableValueToObject(mojo, "descriptor", project().resolve("src/engagement/absent.yaml").toFile());
        List<String> infos = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });

        mojo.execute();

        assertThat(infos).containsExactly("Skipping Dossier: dossier.skip is true");
        assertThat(out).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    @MojoParameter(name = "formats", value = "pdf,docx")
    @MojoParameter(name = "pageSize", value = "letter")
    void writesTheChosenFormatsOnly(AssembleMojo mojo) throws Exception {
        Path out = freshOutput(mojo, "formats");

        mojo.execute();

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("report.docx",
                    "report.pdf");
        }
        assertThat(Files.readAllBytes(out.resolve("report.pdf"))).startsWith("%PDF-".getBytes(UTF_8));
    }

    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    @MojoParameter(name = "pageSize", value = "A5")
    @MojoParameter(name = "formats", value = "md,odt")
    void badOutputParametersFailBeforeAnythingIsWritten(AssembleMojo mojo) throws Exception {
        Path out = freshOutput(mojo, "bad-parameters");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("dossier.formats: unknown format 'odt'; known formats: md, html, pdf, docx")
                .hasMessageContaining("dossier.pageSize: unknown page size 'A5' — use A4 or Letter");
        assertThat(out).doesNotExist();
    }

    private static Path project() {
        return Path.of(getBasedir(), "src/test/projects/report");
    }

    /** An empty output folder of the test's own under target/, set on the Mojo. */
    private static Path freshOutput(AssembleMojo mojo, String name) throws Exception {
        Path out = Path.of(getBasedir(), "target/mojo-tests", name, "dossier");
        deleteTree(out.getParent());
        setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        return out;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

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

    /** A file the stylesheet inlines is part of what the report is made from: changing it renders again. */
    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    @MojoParameter(name = "formats", value = "html")
    void aFileTheStylesheetInlinesIsWatched(AssembleMojo mojo) throws Exception {
        Path copy = copyOfTheProject(mojo, "inlined");
        Path rule = copy.resolve("src/report/img/rule.png");
        Files.createDirectories(rule.getParent());
        Files.write(rule, png(0x274c77));
        Files.writeString(copy.resolve("src/report/brand.css"), "h2 { background: url(img/rule.png) }\n");
        setVariableValueToObject(mojo, "stylesheet", copy.resolve("src/report/brand.css").toFile());
        List<String> infos = new ArrayList<>();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });

        mojo.execute();
        mojo.execute();
        Files.write(rule, png(0xc0392b));
        mojo.execute();

        assertThat(infos).filteredOn(line -> line.startsWith("Dossier: re")).extracting(line -> line.split("[;,]")[0])
                .containsExactly("Dossier: rendering", "Dossier: report is up to date", "Dossier: rendering");
        assertThat(copy.resolve("target/dossier/report.html")).content(UTF_8).contains(java.util.Base64.getEncoder()
                .encodeToString(png(0xc0392b)));
    }

    @Test
    @InjectMojo(goal = "assemble", pom = POM)
    void anOutputFolderLinkedOutOfTheBuildFolderIsRefused(AssembleMojo mojo) throws Exception {
        Path copy = copyOfTheProject(mojo, "linked");
        Path elsewhere = Files.createDirectories(copy.resolve("elsewhere"));
        Files.createDirectories(copy.resolve("target"));
        Files.createSymbolicLink(copy.resolve("target/dossier"), elsewhere);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining(
                "dossier.outputDirectory: the output folder target/dossier resolves to elsewhere and is not inside the"
                        + " build folder target");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    /** The report project copied under target/, every folder parameter pointing into the copy. */
    private static Path copyOfTheProject(AssembleMojo mojo, String name) throws Exception {
        Path copy = Path.of(getBasedir(), "target/mojo-tests", name, "project").toAbsolutePath();
        deleteTree(copy.getParent());
        try (Stream<Path> walk = Files.walk(project())) {
            for (Path from : walk.toList()) {
                Path to = copy.resolve(project().relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        setVariableValueToObject(mojo, "basedir", copy.toFile());
        setVariableValueToObject(mojo, "descriptor", copy.resolve("src/engagement/engagement.yaml").toFile());
        setVariableValueToObject(mojo, "sectionsDirectory", copy.resolve("src/report").toFile());
        setVariableValueToObject(mojo, "buildDirectory", copy.resolve("target").toFile());
        setVariableValueToObject(mojo, "outputDirectory", copy.resolve("target/dossier").toFile());
        setVariableValueToObject(mojo, "workDirectory", copy.resolve("target/dossier-work").toFile());
        return copy;
    }

    /** A one-pixel PNG of the colour. */
    private static byte[] png(int rgb) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
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

package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.testing.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad input: each case breaks a good report repository in one way, runs what
 * {@code assemble} runs (output parameters, the build, the writers), and asserts the exact
 * located messages and that the report built before the break is left as it was, byte for byte.
 */
class BadInputCatalogueTest {

    private static final String D = "src/engagement/engagement.yaml";

    /** Every case's exact errors, under a {@code ## name} line each. */
    private static final String GOLDEN_FILE = "/hardening/bad-input-messages.txt";
    private static final Map<String, List<String>> GOLDEN = golden();

    /** Where the report is written, relative to the project. */
    private static final String OUT = "target/dossier";

    private static Map<String, byte[]> previous;

    @TempDir
    Path dir;

    private static Map<String, List<String>> golden() {
        Map<String, List<String>> golden = new TreeMap<>();
        try (var in = BadInputCatalogueTest.class.getResourceAsStream(GOLDEN_FILE)) {
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("## ")) {
                    current = new java.util.ArrayList<>();
                    golden.put(line.substring(3), current);
                } else if (!line.isBlank()) {
                    current.add(line);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return golden;
    }

    /** A case: a name and how it breaks the good project; its errors are in the golden file. */
    record Case(String name, UnaryOperator<ProjectFixture> breakIt) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return BadInputs.all().stream();
    }

    /** The report the good project renders in every format, written once: each case starts from a copy. */
    @BeforeAll
    static void writePreviousReport(@TempDir Path shared) throws Exception {
        ProjectFixture project = BadInputs.goodProject(shared);
        Path out = shared.resolve(OUT);
        ReportWriter.write(project.build(), EnumSet.allOf(Format.class), out);
        previous = snapshot(out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsWithLocatedMessagesAndKeepsThePreviousReport(Case c) throws Exception {
        ProjectFixture project = BadInputs.goodProject(dir);
        Path out = dir.resolve(OUT);
        previous.forEach((name, bytes) -> project.bytes(OUT + "/" + name, bytes));

        c.breakIt().apply(project);
        if (Boolean.getBoolean("dossier.updateGolden")) {
            record(c, project);
            return;
        }
        List<String> expected = GOLDEN.get(c.name());
        assertThat(expected).as("golden messages for '%s' in %s", c.name(), GOLDEN_FILE).isNotNull();
        assertThatThrownBy(() -> BadInputs.assemble(project)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(Problem::toString).containsExactlyElementsOf(expected));

        assertThat(snapshot(out.toRealPath())).as("the previous report").containsOnlyKeys(previous.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(previous.get(name)));
    }

    /** With -Ddossier.updateGolden=true: appends the actual messages to target/, for review and copying. */
    private static synchronized void record(Case c, ProjectFixture project) throws Exception {
        StringBuilder sb = new StringBuilder("## ").append(c.name()).append('\n');
        try {
            BadInputs.assemble(project);
            sb.append("(no error)\n");
        } catch (InvalidInputException e) {
            e.errors().forEach(p -> sb.append(p).append('\n'));
        }
        Files.writeString(Path.of("target/bad-input-messages.txt"), sb, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static Map<String, byte[]> snapshot(Path out) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.io.MarkdownNesting;
import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pushes nesting depth and size through every Markdown input (a template's description and
 * recommendation, a finding's and the engagement's block values, list and inline values, a
 * writer's section, and a value inside a template's own nesting) and renders what builds in
 * every format, on a thread with a small stack (512 KB, half of what a Maven worker thread gets).
 * Whatever the input, the build ends in a report or in located errors, never in a JVM error, and
 * what the build accepts (what {@code check} accepts) the writers render.
 */
class MarkdownDepthPropertyTest {

    private static final int STACK = 512 * 1024;

    /** Where the nested text goes. */
    enum Input { DESCRIPTION, RECOMMENDATION, FINDING_BLOCK_VALUE, ENGAGEMENT_BLOCK_VALUE, LIST_VALUE,
        INLINE_VALUE, WRITER_SECTION, VALUE_INSIDE_TEMPLATE_NESTING }

    /** Nested Markdown: block openers, then inline openers around a word, the line repeated. */
    record Nested(List<String> blocks, List<String> inlines, int lines) {
        String text() {
            StringBuilder line = new StringBuilder(String.join("", blocks));
            inlines.forEach(line::append);
            line.append("word");
            for (int i = inlines.size() - 1; i >= 0; i--) {
                line.append(CLOSERS.get(OPENERS.indexOf(inlines.get(i))));
            }
            return (line + "\n\n").repeat(lines).strip();
        }

        int depth() {
            return blocks.size() + inlines.size();
        }
    }

    private static final List<String> BLOCKS = List.of("> ", "- ", "1. ", "* ", "+ ", ">", "-  ");
    private static final List<String> OPENERS = List.of("*a ", "_a ", "**a ", "[", "![", "__a ");
    private static final List<String> CLOSERS = List.of("*", "_", "**", "](https://example.com)", "](a.png)", "__");

    @Provide
    Arbitrary<Nested> nested() {
        Arbitrary<Integer> depth = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 40)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(40, 400)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(400, 3000)));
        Arbitrary<List<String>> blocks = depth.flatMap(n -> Arbitraries.of(BLOCKS).list().ofSize(n));
        Arbitrary<List<String>> inlines = depth.flatMap(n -> Arbitraries.of(OPENERS).list().ofSize(Math.min(n, 200)));
        Arbitrary<Integer> lines = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(2, 60)));
        return Combinators.combine(blocks, inlines, Arbitraries.of(true, false), lines)
                .as((b, i, inline, n) -> new Nested(b, inline ? i : List.of(), n));
    }

    @Property(tries = 120, seed = "20261130")
    void nestingEndsInAReportOrALocatedErrorNeverInAJvmError(@ForAll("nested") Nested nested,
            @ForAll Input input, @ForAll("pdfSometimes") boolean pdf) throws Exception {
        Path dir = Files.createTempDirectory("depth");
        try {
            ProjectFixture project = project(dir, input, nested);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread build = new Thread(null, () -> {
                try {
                    buildAndWrite(project, pdf);
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "small-stack-build", STACK);
            build.start();
            build.join();
            Throwable thrown = failure.get();
            if (thrown instanceof InvalidInputException e) {
                assertThat(e.errors()).isNotEmpty().allSatisfy(MarkdownDepthPropertyTest::locatedNestingError);
                assertThat(isMarkdown(input) && nested.depth() > MarkdownNesting.MAX_LEVELS).as("refused").isTrue();
            } else {
                assertThat(thrown).as("%s at depth %d", input, nested.depth()).isNull();
            }
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<Boolean> pdfSometimes() {
        return Arbitraries.frequency(net.jqwik.api.Tuple.of(1, true), net.jqwik.api.Tuple.of(5, false));
    }

    /** Whether the input is read as Markdown (list items and inline values are escaped to text). */
    private static boolean isMarkdown(Input input) {
        return input != Input.LIST_VALUE && input != Input.INLINE_VALUE;
    }

    /** The build as {@code check} runs it; then the writers, which must accept whatever it accepted. */
    private static void buildAndWrite(ProjectFixture project, boolean pdf) {
        Report report = project.build();
        Set<Format> formats = pdf ? EnumSet.allOf(Format.class) : EnumSet.complementOf(EnumSet.of(Format.PDF));
        ReportWriter.write(report, formats, project.root.resolve("target/dossier"));
    }

    private static void locatedNestingError(Problem problem) {
        assertThat(problem.location().file()).startsWith("src/");
        assertThat(problem.location().line()).isPositive();
        assertThat(problem.message()).contains("nests more than " + MarkdownNesting.MAX_LEVELS + " levels deep");
    }

    private static ProjectFixture project(Path dir, Input input, Nested nested) {
        String text = nested.text();
        String yamlText = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        String description = "Found at {==URL==}.\n\n{==EXAMPLE==}";
        String recommendation = "Fix it.";
        String example = "fine";
        String engagementValues = "  CLIENT: Acme\n";
        String url = "https://a.example";
        String sections = "";
        switch (input) {
            case DESCRIPTION -> description = description + "\n\n" + text;
            case RECOMMENDATION -> recommendation = text;
            case FINDING_BLOCK_VALUE -> example = yamlText;
            case ENGAGEMENT_BLOCK_VALUE -> {
                example = null;
                engagementValues += "  EXAMPLE: " + yamlText + "\n";
            }
            case LIST_VALUE -> example = "[" + yamlText + ", " + yamlText + "]";
            case INLINE_VALUE -> url = yamlText;
            case WRITER_SECTION -> sections = "sections:\n  before: [introduction.md]\n";
            case VALUE_INSIDE_TEMPLATE_NESTING -> {
                description = "Found at {==URL==}.\n\n" + "> ".repeat(MarkdownNesting.MAX_LEVELS) + "Quoted:\n"
                        + "{==EXAMPLE==}";
                example = yamlText;
            }
        }
        return new ProjectFixture(dir)
                .file("src/report/introduction.md", "# Introduction\n\n"
                        + (input == Input.WRITER_SECTION ? text : "Hi."))
                .file("src/findings/x/t.md", "---\ncategory: NET\ncvss: \"5\"\n---\n### Deep\n" + description
                        + "\n#### Impact: Low\nLow.\n#### Likelihood: Low\nLow.\n#### Recommendation\n"
                        + recommendation + "\n")
                .descriptor(ProjectFixture.header() + "values:\n" + engagementValues + sections + "findings:\n"
                        + "  - template: x/t\n    key: f\n    affected: [a]\n    values:\n      URL: " + url + "\n"
                        + (example == null ? "" : "      EXAMPLE: " + example + "\n"));
    }

    private static void delete(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package io.github.dossier.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor keys the document layout reads: {@code engagement.history} and {@code sections}. */
class DescriptorLayoutKeysTest {

    private static final String F = "src/engagement/engagement.yaml";

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    @BeforeEach
    void createLibrary() throws IOException {
        Files.createDirectories(root.resolve("src/findings"));
        Files.createDirectories(root.resolve("src/engagement"));
    }

    private Engagement load(String yaml) throws IOException {
        Path file = root.resolve(F);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new DescriptorLoader(root).load(file, problems).orElseThrow();
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static Location at(int line, int column) {
        return new Location(F, line, column);
    }

    @Test
    void historyRowsAreReadInWrittenOrderAsWritten() throws IOException {
        Engagement e = load("""
                engagement:
                  client: Acme
                  title: Test
                  history:
                    - {version: 0.1, date: 2026-11-18, author: A. Tester, changes: Draft for review}
                    - version: "1.0"
                      date: 2026-11-20
                      changes: |
                        Issued to the client
                findings: [web/x]
                """);

        assertThat(reported()).isEmpty();
        assertThat(e.info().history()).containsExactly(
                new Revision("0.1", "2026-11-18", "A. Tester", "Draft for review"),
                new Revision("1.0", "2026-11-20", "", "Issued to the client\n"));
    }

    @Test
    void noHistoryIsAnEmptyTable() throws IOException {
        assertThat(load("engagement: {client: Acme, title: Test}\nfindings: [web/x]\n").info().history()).isEmpty();
        assertThat(reported()).isEmpty();
    }

    @Test
    void historyErrorsAreLocated() throws IOException {
        load("""
                engagement:
                  client: Acme
                  title: Test
                  history:
                    - {date: 2026-11-18}
                    - version: ""
                    - ~
                    - [1.0]
                    - {version: "1.1", autor: B}
                findings: [web/x]
                """);

        assertThat(reported()).containsExactly(
                at(5, 7) + ": engagement.history[0] has no version — add version: with the document version this"
                        + " row describes",
                at(6, 16) + ": engagement.history[1] has no version — add version: with the document version this"
                        + " row describes",
                at(7, 7) + ": engagement.history[2] is empty — write one '- {version: \"1.0\", date: 2026-11-20,"
                        + " author: A. Tester, changes: First issue}' per version",
                at(8, 7) + ": engagement.history[3] must be a mapping — write 'name: value' lines indented under it",
                at(9, 24) + ": unknown key 'autor' in engagement.history[4] — did you mean 'author'?");
    }

    @Test
    void historyMustBeAList() throws IOException {
        load("engagement:\n  client: Acme\n  title: Test\n  history: 1.0\nfindings: [web/x]\n");

        assertThat(reported()).containsExactly(at(4, 12) + ": engagement.history must be a list — write one"
                + " '- {version: \"1.0\", date: 2026-11-20, author: A. Tester, changes: First issue}' per version");
    }

    @Test
    void sectionsNameFilesBeforeAndAfterTheFindings() throws IOException {
        Engagement e = load("""
                engagement: {client: Acme, title: Test}
                findings: [web/x]
                sections:
                  before: [introduction.md, scope.md]
                  after:
                    - conclusion.md
                    - file: appendix/tools.md
                      values: {TOOL: nmap}
                      options: {1: true}
                """);

        assertThat(reported()).isEmpty();
        assertThat(e.sections().declared()).isTrue();
        assertThat(e.sections().before()).containsExactly(WriterSection.of("introduction.md", at(4, 12)),
                WriterSection.of("scope.md", at(4, 29)));
        assertThat(e.sections().after()).extracting(WriterSection::file)
                .containsExactly("conclusion.md", "appendix/tools.md");
        WriterSection tools = e.sections().after().get(1);
        assertThat(tools.location()).isEqualTo(at(7, 13));
        assertThat(tools.values()).containsExactly(Map.entry("TOOL", new Value.Text("nmap", at(8, 16))));
        assertThat(tools.options()).containsOnlyKeys("1");
    }

    @Test
    void noSectionsKeyMeansNoneDeclared() throws IOException {
        Engagement e = load("engagement: {client: Acme, title: Test}\nfindings: [web/x]\n");

        assertThat(e.sections()).isEqualTo(ReportSections.none());
    }

    @Test
    void sectionErrorsAreLocated() throws IOException {
        load("""
                engagement: {client: Acme, title: Test}
                findings: [web/x]
                sections:
                  before: [~, ""]
                  after: {file: x.md}
                  middle: [y.md]
                """);

        assertThat(reported()).containsExactly(
                at(4, 12) + ": sections.before[0] names no file — write a file name relative to src/report, or"
                        + " {file: name.md, values: …}",
                at(4, 15) + ": sections.before[1] names no file — write a file name relative to src/report, or"
                        + " {file: name.md, values: …}",
                at(5, 10) + ": sections.after must be a list of files — write [introduction.md, scope.md]",
                at(6, 3) + ": unknown key 'middle' in sections — allowed keys: before, after, summary");
    }
}

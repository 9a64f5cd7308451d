package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A report is put in place whole: the folder holds exactly the new files, a build killed at any
 * step of the switch is finished or undone by the next one, and nothing else accumulates.
 */
class ReportCommitTest {

    private static final Map<String, byte[]> OLD = files("old", "report.md", "report.pdf", "evidence/a.png");
    private static final Map<String, byte[]> NEW = files("new", "report.md", "findings.json");

    @TempDir
    Path target;

    private Path out() {
        return target.resolve("dossier");
    }

    @Test
    void theFolderHoldsExactlyTheNewReportAndNothingIsLeftBeside() throws Exception {
        ReportCommit.replace(OLD, out());
        ReportCommit.replace(NEW, out());

        assertThat(contents(out())).as("no stale format or evidence copy").isEqualTo(text(NEW));
        assertThat(names(target)).containsExactly(".dossier.lock", "dossier");
    }

    /** How far a killed commit got, as the names it leaves beside the output folder show. */
    enum KilledAt {
        WHILE_STAGING(true, false, false, true, OLD),
        STAGED_BEFORE_THE_SWITCH(true, true, false, false, NEW),
        BETWEEN_THE_TWO_RENAMES(false, true, true, false, NEW),
        FIRST_BUILD_BEFORE_ITS_RENAME(false, true, false, false, NEW),
        WHILE_DELETING_THE_OLD_REPORT(true, false, true, false, NEW),
        OLD_REPORT_ASIDE_AND_NO_NEW_ONE(false, false, true, false, OLD);

        final boolean out;
        final boolean next;
        final boolean old;
        final boolean staging;
        final Map<String, byte[]> expected;

        KilledAt(boolean out, boolean next, boolean old, boolean staging, Map<String, byte[]> expected) {
            this.out = out;
            this.next = next;
            this.old = old;
            this.staging = staging;
            this.expected = expected;
        }
    }

    @ParameterizedTest
    @EnumSource(KilledAt.class)
    void recoveryFinishesOrUndoesAKilledCommit(KilledAt state) throws Exception {
        Map<String, byte[]> current = state.out && state.expected == NEW && !state.next ? NEW : OLD;
        if (state.out) {
            write(out(), current);
        }
        if (state.next) {
            write(target.resolve(".dossier.next"), NEW);
        }
        if (state.old) {
            write(target.resolve(".dossier.old"), state.out ? files("older", "report.md") : OLD);
        }
        if (state.staging) {
            write(target.resolve(".dossier.new-123"), files("half", "report.md"));
        }

        ReportCommit.recover(out());

        assertThat(contents(out())).isEqualTo(text(state.expected));
        assertThat(names(target)).containsExactly(".dossier.lock", "dossier");
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws Exception {
        write(out(), OLD);
        Files.writeString(out().resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ReportCommit.replace(NEW, out())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(Problem::toString).containsExactly("dossier.outputDirectory:"
                        + " the output folder " + target.getFileName() + "/dossier holds notes.txt, which Dossier does"
                        + " not write; every build replaces the folder whole — give the report a folder of its own,"
                        + " such as target/dossier, or move those files out"));
        assertThat(contents(out())).containsEntry("notes.txt", "mine")
                .hasSize(OLD.size() + 1);
        assertThat(names(target)).containsExactly(".dossier.lock", "dossier");
    }

    @Test
    void aLinkedOutputFolderIsRefused(@TempDir Path elsewhere) throws Exception {
        write(elsewhere, OLD);
        Files.createSymbolicLink(out(), elsewhere);

        assertThatThrownBy(() -> ReportCommit.replace(NEW, out())).isInstanceOf(InvalidInputException.class)
                .hasMessage("the output folder is not Dossier's own");
        assertThat(contents(elsewhere)).isEqualTo(text(OLD));
    }

    @Test
    void aNameLeavingTheFolderIsNeverWritten() {
        assertThatThrownBy(() -> ReportCommit.replace(Map.of("../escaped.md", new byte[1]), out()))
                .isInstanceOf(OutputException.class).hasMessageContaining("leaves the output folder");
        assertThat(target.resolve("escaped.md")).doesNotExist();
        assertThat(out()).doesNotExist();
    }

    @Test
    void concurrentCommitsEndInOneCompleteReport() throws Exception {
        List<Map<String, byte[]>> reports = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reports.add(files("build " + i, "report.md", "report.html", "evidence/" + i + ".png"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            reports.forEach(r -> done.add(pool.submit(() -> ReportCommit.replace(r, out()))));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(reports.stream().map(ReportCommitTest::text)).contains(contents(out()));
        assertThat(names(target)).containsExactly(".dossier.lock", "dossier");
    }

    static Map<String, byte[]> files(String build, String... names) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : names) {
            files.put(name, (build + " " + name).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = folder.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, f.getValue());
        }
    }

    /** The files under a folder and their text (byte arrays do not compare by content). */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> text = new TreeMap<>();
        files.forEach((name, bytes) -> text.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

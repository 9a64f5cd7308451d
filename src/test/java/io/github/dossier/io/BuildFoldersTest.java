package io.github.dossier.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build writes stays under the build folder, with symbolic links followed. */
class BuildFoldersTest {

    @TempDir
    Path project;

    private Path target;

    @BeforeEach
    void layout() throws Exception {
        target = Files.createDirectories(project.resolve("target"));
    }

    @Test
    void theDefaultFoldersAreFineWhetherOrNotTheyExist() throws Exception {
        assertThatCode(() -> check("target/dossier", "target/dossier-work")).doesNotThrowAnyException();
        Files.createDirectories(target.resolve("dossier"));
        Files.createDirectories(target.resolve("nested/reports"));
        assertThatCode(() -> check("target/nested/reports/client", "target/dossier-work"))
                .doesNotThrowAnyException();
    }

    @Test
    void aLinkedBuildFolderIsFollowedToo(@TempDir Path disk) throws Exception {
        Files.delete(target);
        Files.createSymbolicLink(target, disk);
        assertThatCode(() -> check("target/dossier", "target/dossier-work")).doesNotThrowAnyException();
    }

    @Test
    void anOutputFolderLinkedOutsideIsRefused() throws Exception {
        Files.createSymbolicLink(target.resolve("dossier"), Files.createDirectories(project.resolve("shared")));
        assertThat(errors("target/dossier", "target/dossier-work")).containsExactly("dossier.outputDirectory: the"
                + " output folder target/dossier resolves to shared and is not inside the build folder target"
                + " — keep it under the build folder, with no symbolic link leading out: Dossier writes nowhere"
                + " else");
    }

    @Test
    void aLinkOnTheWayCountsAsMuchAsTheFolderItself() throws Exception {
        Files.createSymbolicLink(target.resolve("reports"), Files.createDirectories(project.resolve("shared")));
        Files.createSymbolicLink(target.resolve("work"), Path.of("../../elsewhere"));
        assertThat(errors("target/reports/client", "target/work/x")).containsExactly(
                "dossier.outputDirectory: the output folder target/reports/client resolves to shared/client and is not"
                        + " inside the build folder target — keep it under the build folder, with no symbolic link"
                        + " leading out: Dossier writes nowhere else",
                "dossier.workDirectory: the work folder target/work/x is reached through a symbolic link to nothing"
                        + " — remove the link; Dossier creates the folders it needs");
    }

    @Test
    void foldersOutsideOrTheBuildFolderItselfAreRefused() {
        assertThat(errors("report", "target")).containsExactly(
                "dossier.outputDirectory: the output folder report is not inside the build folder target — keep it"
                        + " under the build folder, with no symbolic link leading out: Dossier writes nowhere else",
                "dossier.workDirectory: the work folder target is not inside the build folder target — keep it under"
                        + " the build folder, with no symbolic link leading out: Dossier writes nowhere else");
    }

    @Test
    void overlappingFoldersAreRefused() {
        assertThat(errors("target/dossier", "target/dossier/work")).containsExactly("dossier.outputDirectory: the"
                + " output folder target/dossier and the work folder target/dossier/work overlap; every build replaces"
                + " the output folder whole — give each a folder of its own, such as target/dossier and"
                + " target/dossier-work");
    }

    private void check(String out, String work) {
        BuildFolders.check(target, project.resolve(out), project.resolve(work));
    }

    private List<String> errors(String out, String work) {
        try {
            check(out, work);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(Problem::toString).toList();
        }
        return List.of();
    }

    @Test
    void checkGoalsWithoutAReportFolderCheckTheWorkFolderOnly() {
        assertThatThrownBy(() -> BuildFolders.check(target, null, project.resolve("work")))
                .isInstanceOf(InvalidInputException.class);
        assertThatCode(() -> BuildFolders.check(target, null, target.resolve("w"))).doesNotThrowAnyException();
    }
}

package io.github.dossier.hardening;

import static io.github.dossier.hardening.BadInputs.c;

import io.github.dossier.hardening.BadInputCatalogueTest.Case;
import io.github.dossier.testing.ProjectFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the writers are given besides the report: the folders they write to, the stylesheet, images. */
final class OutputCases {

    private OutputCases() {
    }

    static List<Case> all() {
        return List.of(
                c("output folder linked outside the build folder", p -> io(p, () -> {
                    Path outside = Files.createDirectories(p.root.resolve("shared"));
                    Files.move(p.root.resolve("target/dossier"), outside.resolve("dossier"));
                    Files.createSymbolicLink(p.root.resolve("target/dossier"), outside.resolve("dossier"));
                })),
                c("work folder linked outside the build folder", p -> io(p, () -> Files.createSymbolicLink(
                        p.root.resolve("target/dossier-work"), Files.createDirectories(p.root.resolve("cache"))))),
                c("output folder holding files Dossier does not write", p -> io(p, () -> Files.createDirectories(
                        p.root.resolve("target/dossier/notes")))));
    }

    private interface Io {
        void run() throws IOException;
    }

    private static ProjectFixture io(ProjectFixture project, Io step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return project;
    }
}

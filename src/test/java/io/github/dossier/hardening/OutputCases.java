package io.github.dossier.hardening;

import static io.github.dossier.hardening.BadInputs.c;

import io.github.dossier.hardening.BadInputCatalogueTest.Case;
import io.github.dossier.testing.ProjectFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/** What the writers are given besides the report: the folders they write to, the stylesheet, images. */
final class OutputCases {

    private static final String SHOT = "src/engagement/evidence/shot.png";

    private OutputCases() {
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x01;
        return copy;
    }

    private static byte[] jpeg() {
        try {
            return io.github.dossier.io.ImageCheckTest.image("jpg");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
                        p.root.resolve("target/dossier/notes")))),
                c("stylesheet importing a remote stylesheet", css("/* brand */\n@import url(\"https://cdn.example/"
                        + "brand.css\");\nh1 { color: #274c77 }\n")),
                c("stylesheet with a remote background", css("h1 { background: url(https://track.example/open.png) }")),
                c("stylesheet with a remote font", css("@font-face {\n  font-family: Brand;\n  src: url(\"fonts/brand"
                        + ".woff2\") format(\"woff2\"),\n       url(https://fonts.example/brand.woff2);\n}\n")),
                c("stylesheet with an escaped remote url", css("h1 { background: \\75 rl(http://track.example/x) }")),
                c("stylesheet reaching outside its folder", css("h1 { background: url(../engagement/evidence/shot.png)"
                        + " }")),
                c("stylesheet not UTF-8", p -> p.bytes("src/report/brand.css", "h1 { font-family: \"Caf\u00e9\" }"
                        .getBytes(StandardCharsets.ISO_8859_1))),
                c("evidence image cut short", p -> p.bytes(SHOT, Arrays.copyOf(ProjectFixture.PNG,
                        ProjectFixture.PNG.length - 20))),
                c("evidence image damaged", p -> p.bytes(SHOT, flipped(ProjectFixture.PNG, 45))),
                c("evidence JPEG cut short", p -> {
                    byte[] jpeg = jpeg();
                    return p.bytes("src/engagement/evidence/shot.jpg", Arrays.copyOf(jpeg, jpeg.length / 2))
                            .descriptor(BadInputs.descriptor(BadInputs.XSS_FINDING.replace("shot.png", "shot.jpg")
                                    + BadInputs.PORTS_FINDING));
                }),
                c("evidence image that is not what its name says", p -> p.bytes(SHOT, jpeg())),
                c("logo cut short", p -> p.bytes("src/report/logo.png", Arrays.copyOf(ProjectFixture.PNG, 30))));
    }

    /** A stylesheet at {@code src/report/brand.css}, which the catalogue passes as {@code dossier.stylesheet}. */
    private static UnaryOperator<ProjectFixture> css(String text) {
        return p -> p.bytes("src/report/fonts/brand.woff2", new byte[] {0x77, 0x4F, 0x46, 0x32})
                .file("src/report/brand.css", text);
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

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

    /** A whole PNG, one bit a pixel, all black: tiny on disk, {@code width × height × 4} bytes decoded. */
    static byte[] pngBomb(int width, int height) {
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(png, "IHDR", header.array());
            java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
            try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(data,
                    new java.util.zip.Deflater(9))) {
                byte[] row = new byte[1 + (width + 7) / 8];
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole PNG of random grey pixels, stored uncompressed: {@code width × height} bytes of noise. */
    static byte[] noisePng(int width, int height, long seed) {
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(png, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8)
                    .put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
            java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
            java.util.Random random = new java.util.Random(seed);
            try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(data,
                    new java.util.zip.Deflater(0))) {
                byte[] row = new byte[1 + width];
                for (int y = 0; y < height; y++) {
                    random.nextBytes(row);
                    row[0] = 0;
                    z.write(row);
                }
            }
            chunk(png, "IDAT", data.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typed = new byte[4 + data.length];
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, typed, 0, 4);
        System.arraycopy(data, 0, typed, 4, data.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typed);
        png.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typed);
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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
                c("logo cut short", p -> p.bytes("src/report/logo.png", Arrays.copyOf(ProjectFixture.PNG, 30))),
                c("evidence image of 400 megapixels", p -> p.bytes(SHOT, pngBomb(20_000, 20_000))));
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

package io.github.dossier.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images are whole or the check says how they are not; any file cut short is caught. */
public class ImageCheckTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\">"
            + "<rect width=\"4\" height=\"4\"/></svg>";

    public static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A minimal lossless WebP container: RIFF header, then one VP8L chunk. */
    static byte[] webp() {
        byte[] chunk = {'V', 'P', '8', 'L', 5, 0, 0, 0, 0x2F, 0, 0, 0, 0, 0};
        byte[] bytes = new byte[12 + chunk.length];
        System.arraycopy("RIFF".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0, 4);
        int size = 4 + chunk.length;
        bytes[4] = (byte) size;
        System.arraycopy("WEBP".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 8, 4);
        System.arraycopy(chunk, 0, bytes, 12, chunk.length);
        return bytes;
    }

    @Test
    void wholeImagesPass() throws Exception {
        assertThat(ImageCheck.problem(image("png"), "png")).isEmpty();
        assertThat(ImageCheck.problem(image("jpg"), "JPG")).isEmpty();
        assertThat(ImageCheck.problem(image("jpg"), "jpeg")).isEmpty();
        assertThat(ImageCheck.problem(image("gif"), "gif")).isEmpty();
        assertThat(ImageCheck.problem(webp(), "webp")).isEmpty();
        assertThat(ImageCheck.problem(SVG.getBytes(StandardCharsets.UTF_8), "svg")).isEmpty();
    }

    /** Every prefix of a whole file, from nothing to one byte short, is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif", "webp", "svg"})
    void everyFileCutShortIsCaught(String format) throws Exception {
        byte[] whole = switch (format) {
            case "webp" -> webp();
            case "svg" -> SVG.getBytes(StandardCharsets.UTF_8);
            default -> image(format);
        };
        for (int length = 0; length < whole.length; length++) {
            assertThat(ImageCheck.problem(Arrays.copyOf(whole, length), format)).as("%s cut to %d of %d bytes",
                    format, length, whole.length).isPresent();
        }
    }

    @Test
    void aDamagedPngChunkFailsItsChecksum() throws Exception {
        byte[] png = image("png");
        png[png.length / 2] ^= 0x10;
        assertThat(ImageCheck.problem(png, "png")).get().asString().matches(
                "its IDAT chunk at byte \\d+ fails its checksum");
    }

    @Test
    void messagesSayWhatIsWrong() throws Exception {
        byte[] png = image("png");
        assertThat(ImageCheck.problem(Arrays.copyOf(png, png.length - 12), "png"))
                .hasValue("it ends before its IEND chunk (cut short?)");
        byte[] jpeg = image("jpg");
        assertThat(ImageCheck.problem(Arrays.copyOf(jpeg, jpeg.length - 2), "jpg"))
                .hasValue("it ends before its end-of-image marker (cut short?)");
        assertThat(ImageCheck.problem(jpeg, "png")).hasValue("it is not a PNG image, but a JPEG one");
        assertThat(ImageCheck.problem(png, "gif")).hasValue("it is not a GIF image, but a PNG one");
        assertThat(ImageCheck.problem("<html/>".getBytes(StandardCharsets.UTF_8), "svg"))
                .hasValue("its root element is <html>, not <svg>");
        assertThat(ImageCheck.problem(new byte[] {'B', 'M', 1, 2}, "bmp"))
                .hasValue("it is not a PNG, JPEG, GIF, SVG or WebP image");
    }

    @Test
    void anSvgWithADoctypeIsRefusedAndNothingIsFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"http://evil.example/\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>";
        assertThat(ImageCheck.problem(xxe.getBytes(StandardCharsets.UTF_8), "svg")).get().asString()
                .startsWith("it is not well-formed XML: ").contains("DOCTYPE");
    }
}

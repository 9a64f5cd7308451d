package io.github.dossier.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.testing.ProjectFixture;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence images keep their exact pixels in the PDF: a greyscale screenshot's 30 stays 30 (it
 * became 96 when Java's linear grey was converted to sRGB), and so do 16-bit, palette and
 * translucent images. Read back from the PDF's image objects, sample for sample.
 */
class ExactImagesTest {

    /** Three stripes of these grey levels, or of these colours. */
    private static final int[] GREYS = {30, 128, 220};
    private static final int[] GREYS16 = {40, 100, 200};
    private static final int[] COLOURS = {0x1F4E79, 0xC62828, 0x2E7D32};

    @TempDir
    Path dir;

    @Test
    void greyscalePaletteSixteenBitAndAlphaImagesKeepTheirPixels() throws Exception {
        ProjectFixture p = new ProjectFixture(dir).bytes("src/engagement/evidence/grey.png", png(grey(8)))
                .bytes("src/engagement/evidence/grey16.png", png(grey(16)))
                .bytes("src/engagement/evidence/palette.png", png(palette()))
                .bytes("src/engagement/evidence/alpha.png", png(alpha()))
                .template("web/x", "category: APP", "Images", "{==A==}\n\n{==B==}\n\n{==C==}\n\n{==D==}", "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: web/x\n    values:\n"
                        + "      A: {image: evidence/grey.png, caption: grey}\n"
                        + "      B: {image: evidence/grey16.png, caption: sixteen}\n"
                        + "      C: {image: evidence/palette.png, caption: palette}\n"
                        + "      D: {image: evidence/alpha.png, caption: alpha}\n");
        Path out = dir.resolve("target/dossier");
        ReportWriter.write(p.build(), Set.of(Format.PDF), out);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            List<PDImageXObject> images = images(pdf);
            assertThat(images).hasSize(4);
            assertThat(stripes(images.get(0))).containsExactly(rgb(30), rgb(128), rgb(220));
            assertThat(stripes(images.get(1))).containsExactly(rgb(40), rgb(100), rgb(200));
            assertThat(stripes(images.get(2))).containsExactly(COLOURS[0], COLOURS[1], COLOURS[2]);
            assertThat(stripes(images.get(3))).containsExactly(COLOURS[0], COLOURS[1], COLOURS[2]);
            assertThat(images.get(3).getSoftMask()).as("the alpha channel").isNotNull();
            assertThat(stripes(images.get(3).getSoftMask())).containsExactly(rgb(255), rgb(128), rgb(0));
        }
    }

    private static int rgb(int grey) {
        return grey << 16 | grey << 8 | grey;
    }

    /**
     * The colour at the middle of each of the three stripes, from the raw samples (a palette image's
     * samples index its palette of sRGB colours, which converts exactly).
     */
    private static List<Integer> stripes(PDImageXObject image) throws IOException {
        Raster raster = image.getRawRaster();
        boolean indexed = image.getColorSpace() instanceof PDIndexed;
        BufferedImage decoded = indexed ? image.getImage() : null;
        List<Integer> colours = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            int x = raster.getWidth() * (2 * s + 1) / 6;
            int y = raster.getHeight() / 2;
            if (indexed) {
                colours.add(decoded.getRGB(x, y) & 0xFFFFFF);
                continue;
            }
            int r = raster.getSample(x, y, 0);
            boolean grey = raster.getNumBands() == 1;
            colours.add(r << 16 | (grey ? r : raster.getSample(x, y, 1)) << 8 | (grey ? r : raster.getSample(x, y, 2)));
        }
        return colours;
    }

    private static List<PDImageXObject> images(PDDocument pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
        }
        return images;
    }

    private static BufferedImage grey(int bits) {
        BufferedImage image = new BufferedImage(60, 20, bits == 8 ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_USHORT_GRAY);
        int[] levels = bits == 8 ? GREYS : GREYS16;
        int scale = bits == 8 ? 1 : 257;
        fill(image.getRaster(), (x, band) -> levels[x * 3 / 60] * scale);
        return image;
    }

    private static BufferedImage palette() {
        byte[] r = new byte[3];
        byte[] g = new byte[3];
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            r[i] = (byte) (COLOURS[i] >> 16);
            g[i] = (byte) (COLOURS[i] >> 8);
            b[i] = (byte) COLOURS[i];
        }
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(2, 3, r, g, b));
        fill(image.getRaster(), (x, band) -> x * 3 / 60);
        return image;
    }

    /** 8-bit colour with alpha: opaque, half and fully transparent stripes. */
    private static BufferedImage alpha() {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        BufferedImage image = new BufferedImage(model, model.createCompatibleWritableRaster(60, 20), false, null);
        int[] alphas = {255, 128, 0};
        fill(image.getRaster(), (x, band) -> band == 3 ? alphas[x * 3 / 60]
                : COLOURS[x * 3 / 60] >> (16 - 8 * band) & 0xFF);
        return image;
    }

    private interface Sample {
        int at(int x, int band);
    }

    private static void fill(WritableRaster raster, Sample sample) {
        for (int y = 0; y < raster.getHeight(); y++) {
            for (int x = 0; x < raster.getWidth(); x++) {
                for (int band = 0; band < raster.getNumBands(); band++) {
                    raster.setSample(x, y, band, sample.at(x, band));
                }
            }
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }
}

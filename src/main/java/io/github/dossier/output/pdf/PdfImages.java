package io.github.dossier.output.pdf;

import io.github.dossier.document.Image;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Evidence images as the PDF engine should see them: 8-bit sRGB, with alpha where the image has
 * it, sample for sample. Java reads a greyscale PNG into a linear grey colour space and the
 * engine's conversion to RGB then lightens it (a grey of 30 became 96); 16-bit images take the
 * same path. Converting here, by copying samples rather than colours, keeps every pixel as the
 * tester captured it. JPEG files pass through unchanged.
 */
final class PdfImages {

    private PdfImages() {
    }

    /** A data URI of the image as the PDF embeds it. */
    static String dataUri(Image image) {
        boolean jpeg = image.mediaType().equals("image/jpeg");
        byte[] bytes = jpeg ? image.data() : srgb(image.data());
        String type = jpeg || bytes == image.data() ? image.mediaType() : "image/png";
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The image as an 8-bit sRGB PNG when it is greyscale or has 16-bit samples; the bytes
     * unchanged when it is already 8-bit colour (palette included) or Java cannot read it.
     */
    static byte[] srgb(byte[] data) {
        try {
            BufferedImage in = ImageIO.read(new ByteArrayInputStream(data));
            if (in == null || !(isGrey(in.getColorModel()) || isWide(in.getColorModel()))) {
                return data;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            ImageIO.write(convert(in), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot re-encode an image in memory", e);
        }
    }

    static BufferedImage convert(BufferedImage in) {
        ColorModel model = in.getColorModel();
        boolean alpha = model.hasAlpha();
        BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        boolean grey = isGrey(model);
        boolean wide = isWide(model);
        Raster raster = in.getRaster();
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(x, y, grey || wide ? fromSamples(raster, model, x, y, grey, alpha) : in.getRGB(x, y));
            }
        }
        return out;
    }

    private static boolean isGrey(ColorModel model) {
        return model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel);
    }

    private static boolean isWide(ColorModel model) {
        return !(model instanceof IndexColorModel) && model.getComponentSize(0) > 8;
    }

    /** The pixel from its raw samples, each scaled to 8 bits: no colour-space conversion at all. */
    private static int fromSamples(Raster raster, ColorModel model, int x, int y, boolean grey, boolean alpha) {
        int r = eight(raster.getSample(x, y, 0), model.getComponentSize(0));
        int g = grey ? r : eight(raster.getSample(x, y, 1), model.getComponentSize(1));
        int b = grey ? r : eight(raster.getSample(x, y, 2), model.getComponentSize(2));
        int band = grey ? 1 : 3;
        int a = alpha ? eight(raster.getSample(x, y, band), model.getComponentSize(band)) : 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int eight(int sample, int bits) {
        return bits == 8 ? sample : (int) Math.round(sample * 255.0 / ((1 << bits) - 1));
    }
}

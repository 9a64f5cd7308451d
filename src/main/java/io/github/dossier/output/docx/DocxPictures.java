package io.github.dossier.output.docx;

import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Embeds PNG, JPEG and GIF images at their size, scaled down to fit the text column. */
final class DocxPictures {

    /** 16 cm by 20 cm: the text column of A4 and Letter with room to spare. */
    private static final double MAX_WIDTH_EMU = 16 * 360000.0;
    private static final double MAX_HEIGHT_EMU = 20 * 360000.0;

    private DocxPictures() {
    }

    /** Whether Word can show the file: PNG, JPEG or GIF by name. */
    static boolean supported(String name) {
        return type(name) != 0;
    }

    static void add(DocxBody body, XWPFRun run, String name, byte[] bytes, String description, double maxWidthCm) {
        int[] size = pixels(bytes, name);
        double width = Units.pixelToEMU(size[0]);
        double height = Units.pixelToEMU(size[1]);
        double scale = Math.min(1, Math.min(Math.min(MAX_WIDTH_EMU, maxWidthCm * 360000) / width,
                MAX_HEIGHT_EMU / height));
        try {
            run.addPicture(new ByteArrayInputStream(bytes), type(name), description,
                    (int) Math.round(width * scale), (int) Math.round(height * scale));
            int id = body.nextPictureId();
            var inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
            inline.getDocPr().setId(id);
            inline.getDocPr().setName("Picture " + id);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalArgumentException("cannot embed image " + name + " in the Word document: "
                    + e.getMessage(), e);
        }
    }

    private static int type(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return Document.PICTURE_TYPE_PNG;
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return Document.PICTURE_TYPE_JPEG;
        }
        return lower.endsWith(".gif") ? Document.PICTURE_TYPE_GIF : 0;
    }

    /** Width and height in pixels, read from the header only. */
    private static int[] pixels(byte[] bytes, String name) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers != null && readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new int[] {Math.max(1, reader.getWidth(0)), Math.max(1, reader.getHeight(0))};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + name + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("cannot read image " + name + ": not a PNG, JPEG or GIF file");
    }
}

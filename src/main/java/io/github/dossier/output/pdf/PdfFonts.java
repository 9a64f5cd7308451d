package io.github.dossier.output.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts the PDF embeds: DejaVu Sans and DejaVu Sans Mono from the jasperreports-fonts
 * artifact (Latin, Greek, Cyrillic, arrows, maths), so no build machine needs fonts of its own.
 * Glyph substitution is off: PDFBox would otherwise set "fi" as one ligature glyph, and text
 * copied or searched in the PDF would read "ﬁ".
 */
final class PdfFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder, PDDocument pdf) throws IOException {
        add(builder, pdf, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
        add(builder, pdf, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
        add(builder, pdf, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
        add(builder, pdf, "DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC);
        add(builder, pdf, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
        add(builder, pdf, "DejaVuSansMono-Bold.ttf", MONO, 700, FontStyle.NORMAL);
        add(builder, pdf, "DejaVuSansMono-Oblique.ttf", MONO, 400, FontStyle.ITALIC);
        add(builder, pdf, "DejaVuSansMono-BoldOblique.ttf", MONO, 700, FontStyle.ITALIC);
    }

    /** DejaVu Sans for text PDFBox sets itself, embedded as a subset of the glyphs it shows. */
    static PDType0Font sans(PDDocument pdf) throws IOException {
        try (InputStream in = open("DejaVuSans.ttf")) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return PDType0Font.load(pdf, font, true);
        }
    }

    private static InputStream open(String file) {
        InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("font " + file + " is missing: the jasperreports-fonts artifact is"
                    + " not on the plugin's class path");
        }
        return in;
    }

    private static void add(PdfRendererBuilder builder, PDDocument pdf, String file, String family, int weight,
            FontStyle style) throws IOException {
        try (InputStream in = open(file)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font, true)), family, weight, style, true);
        }
    }
}

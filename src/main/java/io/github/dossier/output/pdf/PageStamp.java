package io.github.dossier.output.pdf;

import io.github.dossier.document.Document;
import io.github.dossier.document.PageFrame;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The page numbers of a sliced PDF ("Page 3 of 1,104" as the page frame words it), stamped once
 * the parts are joined and the total is known, where the whole document's layout sets them: in
 * the right margin box of the footer or header (see {@code pdf.css} and {@link PrintAdditions}),
 * right-aligned, 7.5 pt DejaVu Sans, the frame's grey, on every page but the cover. They are
 * marked as artifacts, as the engine marks its page furniture.
 */
final class PageStamp {

    private static final float SIZE = 7.5f;
    private static final float MM = 72f / 25.4f;
    /** The page margins of {@code pdf.css}: top, right, bottom. */
    private static final float TOP = 26 * MM;
    private static final float RIGHT = 18 * MM;
    private static final float BOTTOM = 22 * MM;
    /** The margin boxes' top padding. */
    private static final float PADDING = 3 * MM;

    private final PDDocument pdf;
    private final String footer;
    private final String header;

    PageStamp(Document document, PDDocument pdf) {
        this.pdf = pdf;
        this.footer = pageNumber(document.frame().footer().right());
        this.header = pageNumber(document.frame().header().right());
    }

    /** The wording of the last page-number part, as the last margin-box rule wins in the layout. */
    private static String pageNumber(List<PageFrame.Part> parts) {
        String text = null;
        for (PageFrame.Part part : parts) {
            if (part.kind() == PageFrame.Kind.PAGE) {
                text = part.text();
            }
        }
        return text;
    }

    void stamp(List<PDPage> pages) throws IOException {
        if (footer == null && header == null) {
            return;
        }
        PDType0Font font = PdfFonts.sans(pdf);
        float ascent = font.getFontDescriptor().getAscent() / 1000 * SIZE;
        String total = String.valueOf(pages.size());
        for (int i = 1; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            float height = page.getMediaBox().getHeight();
            float right = page.getMediaBox().getWidth() - RIGHT;
            try (PDPageContentStream text = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                text.beginMarkedContent(COSName.ARTIFACT);
                text.setNonStrokingColor(0x5b / 255f, 0x64 / 255f, 0x75 / 255f);
                String number = String.valueOf(i + 1);
                if (footer != null) {
                    show(text, font, words(footer, number, total), right, BOTTOM - PADDING - ascent);
                }
                if (header != null) {
                    show(text, font, words(header, number, total), right, height - PADDING - ascent);
                }
                text.endMarkedContent();
            }
        }
    }

    private static String words(String template, String page, String pages) {
        return template.replace("{pages}", pages).replace("{page}", page);
    }

    private static void show(PDPageContentStream text, PDType0Font font, String words, float right, float baseline)
            throws IOException {
        float width = font.getStringWidth(words) / 1000 * SIZE;
        text.beginText();
        text.setFont(font, SIZE);
        text.newLineAtOffset(right - width, baseline);
        text.showText(words);
        text.endText();
    }
}

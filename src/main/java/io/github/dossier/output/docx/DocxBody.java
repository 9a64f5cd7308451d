package io.github.dossier.output.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * Where the generated content goes and its building blocks: paragraphs in a style, headings with
 * bookmarks, internal and external links, tables and simple fields. Content is added at the end
 * of the document, or, in a Word template, just before its {@code {{report}}} paragraph. Bookmark
 * names and ids are assigned in document order, so the same report gives the same file.
 */
final class DocxBody {

    final XWPFDocument doc;
    final DocxStyles styles;
    private final int textWidth;
    private final XWPFParagraph marker;
    private final Map<String, String> bookmarks = new HashMap<>();
    private int bookmarkIds;
    private int pictureIds;

    /**
     * @param textWidth the width of the text column in twentieths of a point
     * @param marker the paragraph to add content before, or null for the end of the document
     * @param firstId the first bookmark and picture id: above any a template already uses
     */
    DocxBody(XWPFDocument doc, DocxStyles styles, int textWidth, XWPFParagraph marker, int firstId) {
        this.doc = doc;
        this.styles = styles;
        this.textWidth = textWidth;
        this.marker = marker;
        this.bookmarkIds = firstId;
        this.pictureIds = firstId;
    }

    int textWidth() {
        return textWidth;
    }

    /** A new paragraph in one of our styles (by its id in {@code styles.xml}), or in the default style. */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p;
        if (marker == null) {
            p = doc.createParagraph();
        } else {
            try (XmlCursor cursor = marker.getCTP().newCursor()) {
                p = doc.insertNewParagraph(cursor);
            }
        }
        if (style != null) {
            p.setStyle(styles.id(style));
        }
        return p;
    }

    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = paragraph(style);
        text(p, text);
        return p;
    }

    /** An empty heading paragraph, with a bookmark when {@code anchor} is given. */
    XWPFParagraph heading(int level, String anchor) {
        XWPFParagraph p = paragraph("Heading" + Math.max(1, Math.min(4, level)));
        bookmark(p, anchor);
        return p;
    }

    void bookmark(XWPFParagraph p, String anchor) {
        if (anchor == null) {
            return;
        }
        BigInteger id = BigInteger.valueOf(++bookmarkIds);
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(bookmarkName(anchor));
        start.setId(id);
        p.getCTP().addNewBookmarkEnd().setId(id);
    }

    /** A document-wide unique id for a drawing: Word expects a distinct one per picture. */
    int nextPictureId() {
        return ++pictureIds;
    }

    /** Word's names: a letter or underscore first, at most 40 characters; hidden when they start with _. */
    String bookmarkName(String anchor) {
        return bookmarks.computeIfAbsent(anchor, a -> "_Dossier" + (bookmarks.size() + 1));
    }

    /** Text with line breaks kept as breaks. */
    static XWPFRun text(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** A link to a heading of this document. */
    XWPFHyperlinkRun internalLink(XWPFParagraph p, String anchor, String text) {
        CTHyperlink link = p.getCTP().addNewHyperlink();
        link.setAnchor(bookmarkName(anchor));
        CTR ctr = link.addNewR();
        XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, ctr, p);
        p.addRun(run);
        run.setText(text);
        run.setStyle(styles.id("Hyperlink"));
        return run;
    }

    /** A link to a web address. */
    XWPFHyperlinkRun externalLink(XWPFParagraph p, String url, String text) {
        XWPFHyperlinkRun run = p.createHyperlinkRun(url);
        run.setText(text);
        run.setStyle(styles.id("Hyperlink"));
        return run;
    }

    /** A field such as {@code PAGE}, showing {@code cached} until Word updates it. */
    static void field(XWPFParagraph p, String instruction, String cached) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(cached);
    }

    /** A full-width table in the house style; see {@link DocxTables}. */
    XWPFTable table(int rows, int columns, boolean header) {
        XWPFTable table;
        if (marker == null) {
            table = doc.createTable(rows, columns);
        } else {
            try (XmlCursor cursor = marker.getCTP().newCursor()) {
                table = doc.insertNewTbl(cursor);
            }
            XWPFTableRow first = table.getRow(0);
            while (first.getTableCells().size() < columns) {
                first.addNewTableCell();
            }
            while (table.getRows().size() < rows) {
                table.createRow();
            }
        }
        DocxTables.style(table, this, textWidth, columns, header);
        return table;
    }

    /**
     * The template's {@code {{report}}} paragraph is gone once the content stands in its place; a
     * page break written after the marker in that paragraph stays, so what follows the report in
     * the template still starts a page of its own.
     */
    void finish() {
        if (marker == null) {
            return;
        }
        int last = -1;
        for (int i = 0; i < marker.getRuns().size(); i++) {
            if (marker.getRuns().get(i).text().contains("}}")) {
                last = i;
            }
        }
        boolean breakAfter = false;
        for (int i = last + 1; i < marker.getRuns().size(); i++) {
            breakAfter |= marker.getRuns().get(i).getCTR().getBrList().stream()
                    .anyMatch(br -> br.getType() == STBrType.PAGE);
        }
        if (!breakAfter) {
            doc.removeBodyElement(doc.getPosOfParagraph(marker));
            return;
        }
        for (int i = last; i >= 0; i--) {
            marker.removeRun(i);
        }
        if (marker.getCTP().isSetPPr() && marker.getCTP().getPPr().isSetPageBreakBefore()) {
            marker.getCTP().getPPr().unsetPageBreakBefore();
        }
    }
}

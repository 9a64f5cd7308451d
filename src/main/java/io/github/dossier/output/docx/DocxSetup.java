package io.github.dossier.output.docx;

import io.github.dossier.document.PageFrame;
import io.github.dossier.document.PageSize;
import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The frame of a document made without a Word template: paper size and margins, a cover page
 * without header or footer, and on every other page the document's running header and footer.
 */
final class DocxSetup {

    private static final int MARGIN = 1134;

    private DocxSetup() {
    }

    static void page(XWPFDocument doc, PageSize size, PageFrame frame) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz paper = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        paper.setW(BigInteger.valueOf(size.widthTwips()));
        paper.setH(BigInteger.valueOf(size.heightTwips()));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN + 200));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        int width = textWidth(size);
        // the cover gets empty ones: a first page of its own
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        line(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "Header", frame.header(), width);
        line(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), "Footer", frame.footer(), width);
        compatibility(doc);
    }

    /** Width of the text column in twentieths of a point. */
    static int textWidth(PageSize size) {
        return size.widthTwips() - 2 * MARGIN;
    }

    /** The left parts, a tab to the right margin, the right parts. */
    static void line(XWPFParagraph p, String style, PageFrame.Line line, int width) {
        p.setStyle(style);
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tab = pPr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(width));
        parts(p, line.left());
        if (!line.right().isEmpty()) {
            p.createRun().addTab();
            parts(p, line.right());
        }
    }

    private static void parts(XWPFParagraph p, java.util.List<PageFrame.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                DocxBody.text(p, "   ");
            }
            PageFrame.Part part = parts.get(i);
            switch (part.kind()) {
                case MARK -> mark(DocxBody.text(p, part.text()));
                case PAGE -> page(p, part.text());
                case TEXT -> DocxBody.text(p, part.text());
            }
        }
    }

    /** {@code Page {page} of {pages}} with Word's page fields in place of the names. */
    private static void page(XWPFParagraph p, String text) {
        String rest = text;
        while (!rest.isEmpty()) {
            int page = rest.indexOf("{page}");
            int pages = rest.indexOf("{pages}");
            int at = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (at < 0) {
                DocxBody.text(p, rest);
                return;
            }
            if (at > 0) {
                DocxBody.text(p, rest.substring(0, at));
            }
            boolean count = at == pages;
            DocxBody.field(p, count ? "NUMPAGES" : "PAGE", "1");
            rest = rest.substring(at + (count ? "{pages}" : "{page}").length());
        }
    }

    static void mark(XWPFRun run) {
        run.setBold(true);
        run.setCapitalized(true);
        run.setColor("C62828");
    }

    /** Word 2013 and later layout, so Word does not open the file in compatibility mode. */
    private static void compatibility(XWPFDocument doc) {
        // written through a cursor: POI's slim schema jar has no class for w:compat
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(w, "compat", "w"));
            cursor.beginElement(new QName(w, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(w, "val", "w"), "15");
        }
    }
}

package io.github.dossier.output.docx;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.output.PageSize;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The document's frame: the styles from {@code styles.xml}, the paper size and margins, a cover
 * page without header or footer, and on every other page a header with the title and the
 * classification and a footer with the classification, the client and "Page N of M".
 */
final class DocxSetup {

    private static final int MARGIN = 1134;

    private DocxSetup() {
    }

    static void styles(XWPFDocument doc) {
        try (InputStream in = DocxSetup.class.getResourceAsStream("styles.xml")) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("styles.xml in the plugin jar is unreadable", e);
        }
    }

    static void page(XWPFDocument doc, PageSize size, EngagementInfo info) {
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
        headerAndFooter(doc, info, textWidth(size));
        compatibility(doc);
        // Word fills in the contents' page numbers when it opens the file (after asking)
        doc.getSettings().setUpdateFields();
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

    /** A right-aligned tab stop at the right margin. */
    private static void rightTab(XWPFParagraph p, int position) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tab = pPr.addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(position));
    }

    /** Width of the text column in twentieths of a point. */
    static int textWidth(PageSize size) {
        return size.widthTwips() - 2 * MARGIN;
    }

    private static void headerAndFooter(XWPFDocument doc, EngagementInfo info, int width) {
        String label = info.classification().strip();
        // the cover gets empty ones: a first page of its own
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        doc.createFooter(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = header.createParagraph();
        top.setStyle("Header");
        rightTab(top, width);
        DocxBody.text(top, info.title());
        if (!label.isEmpty()) {
            top.createRun().addTab();
            classification(DocxBody.text(top, label));
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle("Footer");
        rightTab(bottom, width);
        if (!label.isEmpty()) {
            classification(DocxBody.text(bottom, label + "   "));
        }
        DocxBody.text(bottom, info.client());
        bottom.createRun().addTab();
        DocxBody.text(bottom, "Page ");
        DocxBody.field(bottom, "PAGE", "1");
        DocxBody.text(bottom, " of ");
        DocxBody.field(bottom, "NUMPAGES", "1");
    }

    private static void classification(XWPFRun run) {
        run.setBold(true);
        run.setCapitalized(true);
        run.setColor("C62828");
    }
}

package io.github.dossier.output.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A company template made with POI, as a German Word would save one: heading styles with the ids
 * {@code Ueberschrift1} … but the built-in names {@code heading 1} …, Letter paper, a cover with
 * placeholders split over several runs (in a paragraph, a table cell and a text box), a header
 * and a footer with placeholders, the {@code {{report}}} paragraph in three runs, and a back page.
 */
public final class PoiTemplate {

    static final String GREEN = "2E5E3E";

    private PoiTemplate() {
    }

    public static byte[] bytes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Standard", "Normal", null);
            style(styles, "Ueberschrift1", "heading 1", "36");
            style(styles, "Ueberschrift2", "heading 2", "28");
            style(styles, "Ueberschrift3", "heading 3", "24");
            style(styles, "Titel", "Title", "56");
            style(styles, "Beschriftung", "caption", "18");
            page(doc);
            runs(doc.createParagraph(), "Report for {{cli", "ent}} by ", "{{ company }}");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Reference");
            runs(table.getRow(0).getCell(1).getParagraphs().get(0), "{{ref", "erence", "}}");
            textBox(doc.createParagraph(), "{{date}}");
            XWPFParagraph marker = doc.createParagraph();
            runs(marker, "{{", "report", "}}");
            marker.createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            runs(doc.createParagraph(), "Back page of {{client}}: {{unknownThing}}");
            runs(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), "{{ti", "tle}} — {{classification}}");
            runs(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), "{{company}}, {{version}}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void style(XWPFStyles styles, String id, String name, String size) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        if (size != null) {
            style.addNewPPr().addNewKeepNext();
            var run = style.addNewRPr();
            run.addNewColor().setVal(GREEN);
            run.addNewSz().setVal(new BigInteger(size));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(12240));
        section.getPgSz().setH(BigInteger.valueOf(15840));
        var margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1800));
        margins.setRight(BigInteger.valueOf(1800));
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
    }

    static void runs(XWPFParagraph p, String... texts) {
        for (String text : texts) {
            p.createRun().setText(text);
        }
    }

    /** A VML text box holding one paragraph, as older Word versions write it. */
    private static void textBox(XWPFParagraph p, String text) {
        String xml = "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:pict><v:shape id=\"box\""
                + " style=\"width:200pt;height:40pt\"><v:textbox><w:txbxContent><w:p><w:r><w:t>" + text
                + "</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        try (XmlCursor source = XmlObject.Factory.parse(xml).newCursor();
                XmlCursor target = p.getCTP().newCursor()) {
            source.toFirstChild();
            target.toEndToken();
            source.copyXml(target);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }
}

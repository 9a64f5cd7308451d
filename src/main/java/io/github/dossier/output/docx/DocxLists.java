package io.github.dossier.output.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * Bullet and numbered lists: two list definitions from {@code numbering.xml}; each numbered list
 * gets its own instance that restarts at its first number.
 */
final class DocxLists {

    private final XWPFNumbering numbering;
    private final BigInteger bulletDefinition;
    private final BigInteger decimalDefinition;
    private final BigInteger bullets;

    DocxLists(XWPFDocument doc) {
        this.numbering = doc.createNumbering();
        try (InputStream in = DocxLists.class.getResourceAsStream("numbering.xml")) {
            CTAbstractNum[] definitions = NumberingDocument.Factory.parse(in).getNumbering().getAbstractNumArray();
            bulletDefinition = numbering.addAbstractNum(new XWPFAbstractNum(definitions[0], numbering));
            decimalDefinition = numbering.addAbstractNum(new XWPFAbstractNum(definitions[1], numbering));
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("numbering.xml in the plugin jar is unreadable", e);
        }
        bullets = numbering.addNum(bulletDefinition);
    }

    BigInteger bullets() {
        return bullets;
    }

    /** A new numbered list starting at {@code start}. */
    BigInteger ordered(Integer start) {
        BigInteger id = numbering.addNum(decimalDefinition);
        CTNum num = numbering.getNum(id).getCTNum();
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start == null ? 1 : start));
        return id;
    }

    void apply(XWPFParagraph p, BigInteger numId, int depth) {
        CTNumPr numPr = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetNumPr() ? p.getCTP().getPPr().getNumPr()
                : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.valueOf(Math.min(depth, 2)));
        numPr.addNewNumId().setVal(numId);
    }
}

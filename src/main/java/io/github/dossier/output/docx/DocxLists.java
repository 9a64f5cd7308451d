package io.github.dossier.output.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
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
 * gets its own instance that restarts at its first number. Ids start above any a Word template
 * already uses, so its own lists keep theirs.
 */
final class DocxLists {

    private final XWPFNumbering numbering;
    private final BigInteger bulletDefinition;
    private final BigInteger decimalDefinition;
    private final BigInteger bullets;
    private long nextNum;

    DocxLists(XWPFDocument doc) {
        this.numbering = doc.createNumbering();
        long nextDefinition = numbering.getAbstractNums().stream()
                .mapToLong(a -> a.getCTAbstractNum().getAbstractNumId().longValue()).max().orElse(-1) + 1;
        nextNum = numbering.getNums().stream().mapToLong(n -> n.getCTNum().getNumId().longValue()).max().orElse(0)
                + 1;
        try (InputStream in = DocxLists.class.getResourceAsStream("numbering.xml")) {
            CTAbstractNum[] definitions = NumberingDocument.Factory.parse(in).getNumbering().getAbstractNumArray();
            definitions[0].setAbstractNumId(BigInteger.valueOf(nextDefinition));
            definitions[1].setAbstractNumId(BigInteger.valueOf(nextDefinition + 1));
            bulletDefinition = numbering.addAbstractNum(new XWPFAbstractNum(definitions[0], numbering));
            decimalDefinition = numbering.addAbstractNum(new XWPFAbstractNum(definitions[1], numbering));
        } catch (IOException | XmlException e) {
            throw new IllegalStateException("numbering.xml in the plugin jar is unreadable", e);
        }
        bullets = add(bulletDefinition);
    }

    private BigInteger add(BigInteger definition) {
        BigInteger id = BigInteger.valueOf(nextNum++);
        numbering.addNum(definition, id);
        return id;
    }

    BigInteger bullets() {
        return bullets;
    }

    /** A new numbered list starting at {@code start}. */
    BigInteger ordered(Integer start) {
        BigInteger id = add(decimalDefinition);
        XWPFNum num = numbering.getNum(id);
        CTNum ct = num.getCTNum();
        CTNumLvl override = ct.addNewLvlOverride();
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

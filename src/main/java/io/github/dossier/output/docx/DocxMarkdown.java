package io.github.dossier.output.docx;

import io.github.dossier.output.ReportMarkdown;
import java.math.BigInteger;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Writes resolved Markdown into the Word document: paragraphs, headings, lists, code blocks in
 * the Code style, quotes, tables and figures with numbered captions (numbered across the
 * document, as in the other formats).
 */
final class DocxMarkdown {

    private final DocxBody body;
    private final Map<String, byte[]> evidence;
    private final DocxLists lists;
    private final DocxInline inline;
    private int figures;

    DocxMarkdown(DocxBody body, Map<String, byte[]> evidence, DocxLists lists) {
        this.body = body;
        this.evidence = evidence;
        this.lists = lists;
        this.inline = new DocxInline(body, evidence);
    }

    /** Writes a part; its headings get Word levels from {@code headingOffset + level}. */
    void write(String markdown, int headingOffset) {
        Node document = ReportMarkdown.parse(markdown);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph p && ReportMarkdown.isFigure(p, evidence)) {
                figure((Image) p.getFirstChild());
            } else {
                block(node, headingOffset, null, 0);
            }
        }
    }

    private void block(Node node, int headingOffset, BigInteger numId, int depth) {
        if (node instanceof Paragraph) {
            XWPFParagraph p = body.paragraph(numId == null ? null : "ListParagraph");
            if (numId != null) {
                lists.apply(p, numId, depth);
            }
            inline.children(node, p);
        } else if (node instanceof Heading h) {
            XWPFParagraph p = body.paragraph("Heading" + Math.min(4, h.getLevel() + headingOffset));
            inline.children(h, p);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            BigInteger id = node instanceof OrderedList o ? lists.ordered(o.getMarkerStartNumber()) : lists.bullets();
            int level = numId == null ? 0 : depth + 1;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                listItem((ListItem) item, headingOffset, id, level);
            }
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral());
        } else if (node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                XWPFParagraph p = body.paragraph("Quote");
                inline.children(child, p);
            }
        } else if (node instanceof TableBlock table) {
            new DocxMarkdownTable(body, inline).write(table);
        } else if (node instanceof HtmlBlock html) {
            body.paragraph(null, html.getLiteral().stripTrailing());
        } else if (!(node instanceof ThematicBreak)) {
            body.paragraph(null, ReportMarkdown.plainText(node));
        }
    }

    private void listItem(ListItem item, int headingOffset, BigInteger numId, int depth) {
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph && first) {
                block(child, headingOffset, numId, depth);
            } else if (child instanceof Paragraph) {
                XWPFParagraph p = body.paragraph("ListParagraph");
                inline.children(child, p);
            } else {
                block(child, headingOffset, numId, depth);
            }
            first = false;
        }
    }

    private void code(String literal) {
        XWPFParagraph p = body.paragraph("Code");
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        XWPFRun run = DocxBody.text(p, text);
        run.setFontFamily("Consolas");
    }

    private void figure(Image image) {
        String name = image.getDestination();
        String caption = ReportMarkdown.plainText(image);
        int number = ++figures;
        XWPFParagraph p = body.paragraph("Figure");
        if (DocxPictures.supported(name)) {
            DocxPictures.add(body, p.createRun(), name, evidence.get(name), caption, 16);
        } else {
            DocxBody.text(p, "[image not embedded in Word: " + name + "]").setItalic(true);
        }
        XWPFParagraph c = body.paragraph("Caption");
        c.setKeepNext(false);
        DocxBody.text(c, "Figure ");
        DocxBody.field(c, "SEQ Figure \\* ARABIC", String.valueOf(number));
        String label = ReportMarkdown.figureLabel(number, caption);
        DocxBody.text(c, label.substring(("Figure " + number).length()));
    }
}

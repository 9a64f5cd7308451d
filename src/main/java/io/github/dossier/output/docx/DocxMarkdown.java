package io.github.dossier.output.docx;

import io.github.dossier.document.PlainText;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Writes a stretch of the document's Markdown into the Word document: paragraphs, headings (at
 * their level in the document), lists, code blocks in the Code style, quotes and tables.
 */
final class DocxMarkdown {

    private final DocxBody body;
    private final DocxLists lists;
    private final DocxInline inline;

    DocxMarkdown(DocxBody body, DocxLists lists, DocxInline inline) {
        this.body = body;
        this.lists = lists;
        this.inline = inline;
    }

    /** Writes the blocks under {@code content}. */
    void write(Node content) {
        for (Node node = content.getFirstChild(); node != null; node = node.getNext()) {
            block(node, null, 0);
        }
    }

    private void block(Node node, BigInteger numId, int depth) {
        if (node instanceof Paragraph) {
            XWPFParagraph p = body.paragraph(numId == null ? null : "ListParagraph");
            if (numId != null) {
                lists.apply(p, numId, depth);
            }
            inline.children(node, p);
        } else if (node instanceof Heading h) {
            XWPFParagraph p = body.paragraph("Heading" + Math.max(1, Math.min(4, h.getLevel())));
            inline.children(h, p);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            BigInteger id = node instanceof OrderedList o ? lists.ordered(o.getMarkerStartNumber()) : lists.bullets();
            int level = numId == null ? 0 : depth + 1;
            for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
                listItem((ListItem) item, id, level);
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
            body.paragraph(null, PlainText.of(node));
        }
    }

    private void listItem(ListItem item, BigInteger numId, int depth) {
        boolean first = true;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph && first) {
                block(child, numId, depth);
            } else if (child instanceof Paragraph) {
                XWPFParagraph p = body.paragraph("ListParagraph");
                inline.children(child, p);
            } else {
                block(child, numId, depth);
            }
            first = false;
        }
    }

    private void code(String literal) {
        XWPFParagraph p = body.paragraph("Code");
        DocxBody.text(p, literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
    }
}

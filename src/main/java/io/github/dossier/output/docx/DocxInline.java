package io.github.dossier.output.docx;

import io.github.dossier.output.ReportMarkdown;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/**
 * Inline Markdown as Word runs: bold, italic, inline code in a monospace style, links (web
 * addresses and {@code #anchor}s inside the report), line breaks inside a paragraph kept as
 * breaks, and draft marks highlighted.
 */
final class DocxInline {

    private record Style(boolean bold, boolean italic, String link) {
    }

    private final DocxBody body;
    private final Map<String, byte[]> evidence;

    DocxInline(DocxBody body, Map<String, byte[]> evidence) {
        this.body = body;
        this.evidence = evidence;
    }

    void children(Node parent, XWPFParagraph p) {
        children(parent, p, new Style(false, false, null));
    }

    private void children(Node parent, XWPFParagraph p, Style style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node, p, style);
        }
    }

    private void node(Node node, XWPFParagraph p, Style style) {
        String draft = ReportMarkdown.draftMark(node);
        if (draft != null) {
            XWPFRun run = run(p, draft, style);
            run.setTextHighlightColor(STHighlightColor.YELLOW.toString());
            run.setUnderline(UnderlinePatterns.DASH);
        } else if (node instanceof Text text) {
            run(p, text.getLiteral(), style);
        } else if (node instanceof Code code) {
            run(p, code.getLiteral(), style).setStyle("CodeChar");
        } else if (node instanceof Emphasis) {
            children(node, p, new Style(style.bold(), true, style.link()));
        } else if (node instanceof StrongEmphasis) {
            children(node, p, new Style(true, style.italic(), style.link()));
        } else if (node instanceof Link link) {
            children(node, p, new Style(style.bold(), style.italic(), safe(link.getDestination())));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            p.createRun().addBreak();
        } else if (node instanceof Image image) {
            image(image, p);
        } else if (node instanceof HtmlInline html) {
            run(p, html.getLiteral(), style);
        } else {
            children(node, p, style);
        }
    }

    private XWPFRun run(XWPFParagraph p, String text, Style style) {
        XWPFRun run;
        if (style.link() == null) {
            run = p.createRun();
            run.setText(text);
        } else if (style.link().startsWith("#")) {
            run = body.internalLink(p, style.link().substring(1), text);
        } else {
            run = body.externalLink(p, style.link(), text);
        }
        if (style.bold()) {
            run.setBold(true);
        }
        if (style.italic()) {
            run.setItalic(true);
        }
        return run;
    }

    /** Only web, mail and in-report links become links; anything else stays text, as in the HTML. */
    private static String safe(String destination) {
        String d = destination.strip();
        return d.startsWith("#") || d.startsWith("https://") || d.startsWith("http://") || d.startsWith("mailto:")
                ? d : null;
    }

    private void image(Image image, XWPFParagraph p) {
        String name = image.getDestination();
        String alt = ReportMarkdown.plainText(image);
        if (evidence.containsKey(name) && DocxPictures.supported(name)) {
            DocxPictures.add(body, p.createRun(), name, evidence.get(name), alt, 16);
        } else {
            XWPFRun run = p.createRun();
            run.setText("[image not embedded: " + (alt.isEmpty() ? name : alt) + "]");
            run.setItalic(true);
        }
    }
}

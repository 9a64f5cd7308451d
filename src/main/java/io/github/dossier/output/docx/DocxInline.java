package io.github.dossier.output.docx;

import io.github.dossier.document.DraftMark;
import io.github.dossier.document.Image;
import io.github.dossier.document.PlainText;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;

/**
 * Inline Markdown as Word runs: bold, italic, struck-through text, inline code in a monospace
 * style, links (web addresses and {@code #anchor}s inside the report), line breaks inside a
 * paragraph kept as breaks, and draft marks highlighted.
 */
final class DocxInline {

    private record Style(boolean bold, boolean italic, boolean struck, String link) {
        Style with(boolean b, boolean i, boolean s, String l) {
            return new Style(bold || b, italic || i, struck || s, l == null ? link : l);
        }
    }

    private static final Style PLAIN = new Style(false, false, false, null);

    private final DocxBody body;
    private final Map<String, Image> images;

    DocxInline(DocxBody body, Map<String, Image> images) {
        this.body = body;
        this.images = images;
    }

    void children(Node parent, XWPFParagraph p) {
        children(parent, p, PLAIN);
    }

    /** Like {@link #children(Node, XWPFParagraph)}, every run bold and white (a table's header cell). */
    void headerChildren(Node parent, XWPFParagraph p) {
        children(parent, p, new Style(true, false, false, null));
        p.getRuns().forEach(r -> r.setColor("FFFFFF"));
    }

    private void children(Node parent, XWPFParagraph p, Style style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            node(node, p, style);
        }
    }

    private void node(Node node, XWPFParagraph p, Style style) {
        if (node instanceof DraftMark draft) {
            XWPFRun run = run(p, draft.content(), style);
            run.setTextHighlightColor(STHighlightColor.YELLOW.toString());
            run.setUnderline(UnderlinePatterns.DASH);
        } else if (node instanceof Text text) {
            run(p, text.getLiteral(), style);
        } else if (node instanceof Code code) {
            run(p, code.getLiteral(), style).setStyle(body.styles.id("CodeChar"));
        } else if (node instanceof Emphasis) {
            children(node, p, style.with(false, true, false, null));
        } else if (node instanceof StrongEmphasis) {
            children(node, p, style.with(true, false, false, null));
        } else if (node instanceof Strikethrough) {
            children(node, p, style.with(false, false, true, null));
        } else if (node instanceof Link link) {
            String target = safe(link.getDestination());
            children(node, p, target == null ? style : style.with(false, false, false, target));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            p.createRun().addBreak();
        } else if (node instanceof org.commonmark.node.Image image) {
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
        if (style.struck()) {
            run.setStrikeThrough(true);
        }
        return run;
    }

    /** Only web, mail and in-report links become links; anything else stays text, as in the HTML. */
    private static String safe(String destination) {
        String d = destination.strip();
        return d.startsWith("#") || d.startsWith("https://") || d.startsWith("http://") || d.startsWith("mailto:")
                ? d : null;
    }

    private void image(org.commonmark.node.Image image, XWPFParagraph p) {
        String name = image.getDestination();
        String alt = PlainText.of(image);
        if (images.containsKey(name) && DocxPictures.supported(name)) {
            DocxPictures.add(body, p.createRun(), name, images.get(name).data(), alt, 16);
        } else {
            XWPFRun run = p.createRun();
            run.setText("[image not embedded: " + (alt.isEmpty() ? name : alt) + "]");
            run.setItalic(true);
        }
    }
}

package io.github.dossier.output.markdown;

import io.github.dossier.document.DraftMark;
import io.github.dossier.document.Inline;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Inline content back to Markdown on one line: text with the characters that would start markup
 * escaped, code, emphasis, strike-through, links, images and draft marks as they are written.
 * Only inline content is written here, always after a line's own marker ({@code ##}, {@code |},
 * {@code -}), so nothing needs the escapes of a line's start.
 */
final class MarkdownInline {

    /** Characters that can start or end inline markup, or a cell or draft mark. */
    private static final String SPECIAL = "\\`*_[]<>!|{}~&";

    /** The content on one line. */
    String of(Inline inline) {
        Writer writer = new Writer();
        for (Node child = inline.node().getFirstChild(); child != null; child = child.getNext()) {
            child.accept(writer);
        }
        return writer.sb.toString();
    }

    /** Literal text, escaped. */
    String text(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        escape(text.replace('\n', ' '), sb);
        return sb.toString();
    }

    private static void escape(String text, StringBuilder sb) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
    }

    /** Writes each kind of inline node. */
    private static final class Writer extends AbstractVisitor {
        private final StringBuilder sb = new StringBuilder();

        @Override
        public void visit(Text text) {
            escape(text.getLiteral(), sb);
        }

        @Override
        public void visit(Code code) {
            String literal = code.getLiteral();
            String fence = "`";
            while (literal.contains(fence)) {
                fence += "`";
            }
            boolean pad = literal.startsWith("`") || literal.endsWith("`");
            sb.append(fence).append(pad ? " " : "").append(literal).append(pad ? " " : "").append(fence);
        }

        @Override
        public void visit(Emphasis emphasis) {
            wrap("*", emphasis);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            wrap("**", strong);
        }

        @Override
        public void visit(Link link) {
            sb.append('[');
            visitChildren(link);
            sb.append("](").append(destination(link.getDestination())).append(')');
        }

        @Override
        public void visit(Image image) {
            sb.append("![");
            visitChildren(image);
            sb.append("](").append(destination(image.getDestination())).append(')');
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            sb.append(' ');
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            sb.append("<br>");
        }

        @Override
        public void visit(HtmlInline html) {
            escape(html.getLiteral(), sb);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof DraftMark mark) {
                sb.append("{==").append(mark.content()).append("==}");
            } else if (node instanceof Strikethrough) {
                wrap("~~", node);
            } else {
                visitChildren(node);
            }
        }

        private void wrap(String marker, Node node) {
            sb.append(marker);
            visitChildren(node);
            sb.append(marker);
        }

        private static String destination(String url) {
            return url.matches("[^\\s()<>]*") ? url : "<" + url.replace(">", "%3E") + ">";
        }
    }
}

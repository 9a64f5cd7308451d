package io.github.dossier.document;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text content of a Markdown node: for alt texts, captions, bookmarks and contents lines. */
public final class PlainText extends AbstractVisitor {

    private final StringBuilder sb = new StringBuilder();

    /** The text of {@code node}'s children. */
    public static String of(Node node) {
        PlainText visitor = new PlainText();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            child.accept(visitor);
        }
        return visitor.sb.toString();
    }

    @Override
    public void visit(Text text) {
        sb.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        sb.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        sb.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        sb.append(' ');
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof DraftMark mark) {
            sb.append(mark.content());
        } else {
            visitChildren(node);
        }
    }
}

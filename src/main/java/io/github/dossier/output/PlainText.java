package io.github.dossier.output;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/** The text content of a Markdown node, for alt texts. */
final class PlainText extends AbstractVisitor {

    private final StringBuilder sb = new StringBuilder();

    static String of(Node node) {
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
}

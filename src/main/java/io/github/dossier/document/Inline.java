package io.github.dossier.document;

import java.util.Objects;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * A line of inline content: a commonmark node whose children are inline nodes (text, code,
 * emphasis, links, {@link DraftMark}s …). Every format already renders commonmark inlines, so a
 * title from a template and a label made here look alike. Built once and never changed.
 */
public final class Inline {

    private final Node node;

    private Inline(Node node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The children of {@code container} (a paragraph or a heading) as they are. */
    static Inline of(Node container) {
        return new Inline(container);
    }

    /** Literal text; a line break in it stays a line break. */
    public static Inline text(String text) {
        Paragraph p = new Paragraph();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                p.appendChild(new HardLineBreak());
            }
            if (!lines[i].isEmpty()) {
                p.appendChild(new Text(lines[i]));
            }
        }
        return new Inline(p);
    }

    /** Text in the monospace font of code. */
    static Inline code(String text) {
        Paragraph p = new Paragraph();
        p.appendChild(new Code(text));
        return new Inline(p);
    }

    /** Text marked as not decided yet. */
    static Inline undecided(String text) {
        Paragraph p = new Paragraph();
        p.appendChild(new DraftMark(text));
        return new Inline(p);
    }

    /** {@code prefix} followed by the content of {@code rest}, which is used up (left empty). */
    static Inline prefixed(String prefix, Inline rest) {
        Paragraph p = new Paragraph();
        p.appendChild(new Text(prefix));
        copyChildren(rest.node, p);
        return new Inline(p);
    }

    /** The content, used up, linked to an anchor of this document ({@code #finding-sqli}). */
    static Inline linkTo(String anchor, Inline content) {
        Link link = new Link("#" + anchor, null);
        copyChildren(content.node, link);
        Paragraph p = new Paragraph();
        p.appendChild(link);
        return new Inline(p);
    }

    /** The container: render its children. */
    public Node node() {
        return node;
    }

    /** The text alone, for bookmarks, alt texts and document properties. */
    public String plain() {
        return PlainText.of(node);
    }

    /** Moves the children of a throwaway node into {@code target}. */
    private static void copyChildren(Node source, Node target) {
        Node child = source.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            target.appendChild(child);
            child = next;
        }
    }

    @Override
    public String toString() {
        return plain();
    }
}

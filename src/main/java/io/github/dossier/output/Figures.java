package io.github.dossier.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Finds figures in parsed Markdown: top-level paragraphs whose only content is one embedded
 * evidence image (the resolver writes an image block slot that way). Every output numbers them
 * the same way, in document order.
 */
final class Figures {

    private Figures() {
    }

    /** The figure paragraphs directly under {@code document}, in order. */
    static List<Paragraph> find(Node document, Map<String, ?> evidence) {
        List<Paragraph> found = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph && isFigure(paragraph, evidence)) {
                found.add(paragraph);
            }
        }
        return found;
    }

    static boolean isFigure(Paragraph paragraph, Map<String, ?> evidence) {
        Node only = paragraph.getFirstChild();
        return only instanceof Image image && only.getNext() == null && evidence.containsKey(image.getDestination());
    }
}

package io.github.dossier.spelling;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the prose out of rendered Markdown: one {@link Passage} per paragraph, heading and table
 * cell, with code, link targets and what {@link NonProse} names left out, and every character
 * traced back to its Markdown offset through commonmark's source spans.
 */
final class ProseReader {

    /** Stands for what is not prose, so that the sentence around it still reads as one. */
    static final String PLACEHOLDER = "Dummy";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private ProseReader() {
    }

    static List<Passage> read(RenderedText rendered) {
        List<Passage> passages = new ArrayList<>();
        blocks(PARSER.parse(rendered.markdown()), rendered, passages);
        return passages;
    }

    private static void blocks(Node parent, RenderedText rendered, List<Passage> passages) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                PassageBuilder builder = new PassageBuilder(rendered);
                inlines(node, builder);
                builder.build().ifPresent(passages::add);
            } else if (!(node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                    || node instanceof HtmlBlock)) {
                blocks(node, rendered, passages);
            }
        }
    }

    /** Text, emphasis, link and image text; code is a placeholder; link targets are not text at all. */
    private static void inlines(Node parent, PassageBuilder builder) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                builder.text(text.getLiteral(), start(text), end(text));
            } else if (node instanceof Code) {
                builder.hidden(start(node), end(node));
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                builder.lineBreak(continues(node.getNext()));
            } else if (!(node instanceof HtmlInline)) {
                inlines(node, builder);
            }
        }
    }

    /**
     * Whether the line after a break goes on with the sentence (it starts in lower case). Templates
     * put one line per paragraph and mean consecutive lines as separate ones (labels and values,
     * lists without bullets), so a break otherwise ends the sentence.
     */
    private static boolean continues(Node next) {
        return next instanceof Text t && !t.getLiteral().isEmpty() && Character.isLowerCase(t.getLiteral().charAt(0));
    }

    private static int start(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
    }

    private static int end(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        return last == null ? -1 : last.getInputIndex() + last.getLength();
    }
}

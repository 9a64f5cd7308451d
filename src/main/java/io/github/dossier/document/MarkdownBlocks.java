package io.github.dossier.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Cuts resolved Markdown into blocks: its top-level headings (at their level in the document,
 * with anchors where they are contents lines), its figures (numbered through the document in
 * reading order), the writer's page breaks, and the stretches in between. One instance numbers
 * the figures of one document.
 */
final class MarkdownBlocks {

    /** A paragraph of just this asks for a new page. */
    private static final Set<String> PAGE_BREAKS = Set.of("\\newpage", "\\pagebreak");

    private final Set<String> images;
    private int figures;

    /** @param images the names of the images the document embeds */
    MarkdownBlocks(Set<String> images) {
        this.images = images;
    }

    /**
     * A writer's section: {@code ##} is a subsection (level 2) of its chapter; subsections of
     * levels 2 and 3 get anchors starting with {@code anchor} and become contents lines.
     */
    List<Block> section(String markdown, String anchor, List<ContentsEntry> contents) {
        Set<String> used = new HashSet<>();
        return blocks(markdown, level -> Math.max(2, level), (heading, level) -> {
            if (level > 3) {
                return null;
            }
            String id = unique(anchor + "-" + Slug.of(PlainText.of(heading)), used);
            contents.add(new ContentsEntry(id, "", Inline.of(heading), level));
            return id;
        });
    }

    /** A part of a finding: its headings sit below the part's own ({@code #} is level 4). */
    List<Block> findingPart(String markdown) {
        return blocks(markdown, level -> Math.min(6, level + 3), (heading, level) -> null);
    }

    private interface Levels {
        int of(int markdownLevel);
    }

    private interface Anchors {
        String of(Heading heading, int level);
    }

    private List<Block> blocks(String markdown, Levels levels, Anchors anchors) {
        List<Block> blocks = new ArrayList<>();
        if (markdown.isBlank()) {
            return blocks;
        }
        String[] lines = markdown.split("\n", -1);
        Node document = MarkdownSyntax.parse(markdown);
        Document run = null;
        int first = -1;
        int last = -1;
        Node node = document.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            Block own = own(node, lines, levels, anchors);
            if (own != null) {
                flush(blocks, run, lines, first, last);
                run = null;
                blocks.add(own);
            } else {
                if (run == null) {
                    run = new Document();
                    first = firstLine(node);
                }
                last = lastLine(node);
                shiftNested(node, levels);
                run.appendChild(node);
            }
            node = next;
        }
        flush(blocks, run, lines, first, last);
        return blocks;
    }

    /** The block a top-level node becomes on its own, or null when it joins a stretch. */
    private Block own(Node node, String[] lines, Levels levels, Anchors anchors) {
        if (node instanceof Heading heading) {
            int level = levels.of(heading.getLevel());
            return new Block.Heading(level, anchors.of(heading, level), "", Inline.of(heading));
        }
        if (!(node instanceof Paragraph paragraph)) {
            return null;
        }
        Node only = paragraph.getFirstChild();
        if (only instanceof Image image && only.getNext() == null && images.contains(image.getDestination())) {
            return new Block.Figure(++figures, image.getDestination(), PlainText.of(image),
                    source(lines, firstLine(node), lastLine(node)));
        }
        if (only instanceof Text text && only.getNext() == null && PAGE_BREAKS.contains(text.getLiteral().strip())) {
            return new Block.PageBreak();
        }
        return null;
    }

    private static void flush(List<Block> blocks, Document run, String[] lines, int first, int last) {
        if (run != null) {
            blocks.add(new Block.MarkdownPart(run, source(lines, first, last)));
        }
    }

    /** Headings inside lists and quotes take their level in the document too. */
    private static void shiftNested(Node node, Levels levels) {
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading != node) {
                    heading.setLevel(levels.of(heading.getLevel()));
                }
                visitChildren(heading);
            }
        });
    }

    private static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
    }

    private static String source(String[] lines, int first, int last) {
        if (first < 0 || last < first) {
            return "";
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, first, Math.min(last + 1, lines.length)));
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = id + "-" + i;
        }
        return candidate;
    }
}

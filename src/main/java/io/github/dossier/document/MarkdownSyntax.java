package io.github.dossier.document;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The one Markdown dialect of resolved findings and sections: CommonMark with GFM pipe tables,
 * {@code ~~strike-through~~} (two tildes, so a lone {@code ~} stays text) and draft marks
 * {@code {==…==}}. Parsed here, once; renderers register the same {@link #extensions()} so they
 * know every node the parser makes.
 */
public final class MarkdownSyntax {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .customInlineContentParserFactory(new DraftMarkParser.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownSyntax() {
    }

    /** The extensions every renderer of the document's Markdown registers. */
    public static List<Extension> extensions() {
        return EXTENSIONS;
    }

    /** Parses with block source spans, so a stretch can be cut from the text as written. Thread-safe. */
    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** One line of inline Markdown (a title); text that is not one paragraph stays literal. */
    static Inline inline(String markdown) {
        Node first = parse(markdown).getFirstChild();
        if (first instanceof Paragraph && first.getNext() == null) {
            return Inline.of(first);
        }
        return Inline.text(markdown.strip());
    }
}

package io.github.dossier.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Adjusts resolved Markdown for {@code report.md}: a caption line {@code *Figure N: caption*}
 * after each figure, numbered across the document like the other formats do, and the writer's
 * headings moved one level down under their chapter. Code fences are left alone.
 */
final class MarkdownParts {

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("#{1,5}[ \\t].*");

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private final Map<String, ?> evidence;
    private int figures;

    MarkdownParts(Map<String, ?> evidence) {
        this.evidence = evidence;
    }

    /** The part with figure captions added. */
    String withCaptions(String markdown) {
        List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
        List<Paragraph> found = Figures.find(parser.parse(markdown), evidence);
        for (int i = found.size() - 1; i >= 0; i--) {
            Paragraph p = found.get(i);
            int last = p.getSourceSpans().get(p.getSourceSpans().size() - 1).getLineIndex();
            String caption = PlainText.of((Image) p.getFirstChild());
            lines.add(last + 1, "");
            lines.add(last + 2, "*" + Figure.label(figures + i + 1, escape(caption)) + "*");
        }
        figures += found.size();
        return String.join("\n", lines);
    }

    /** A writer's section: captions added and ATX headings one level deeper. */
    String section(String markdown) {
        List<String> out = new ArrayList<>();
        String fence = null;
        for (String line : withCaptions(markdown).split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
            } else if (fence != null && trimmed.startsWith(fence)) {
                fence = null;
            } else if (fence == null && HEADING.matcher(line).matches()) {
                line = "#" + line;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static String escape(String caption) {
        return io.github.dossier.render.MarkdownEscaper.escape(caption);
    }
}

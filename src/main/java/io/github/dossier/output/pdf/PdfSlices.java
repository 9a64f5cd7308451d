package io.github.dossier.output.pdf;

import io.github.dossier.document.Block;
import io.github.dossier.document.Chapter;
import io.github.dossier.document.Document;
import io.github.dossier.output.html.HtmlDocumentRenderer.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long document into the parts the PDF lays out one at a time, so the layout engine never
 * holds more than one part's boxes: a part closes at a block (a whole finding, table or paragraph)
 * once it holds {@code blocks} blocks, counting the blocks inside a finding and the lines of a
 * table or of the contents. The cut depends on the
 * document alone, never on the heap or the threads, so the same document gives the same PDF. The
 * first part has the cover and the contents; a report that fits in one part is laid out whole.
 */
final class PdfSlices {

    /** Blocks per part: about fifty findings, which the engine lays out in well under 100 MB. */
    static final int BLOCKS = 800;

    private PdfSlices() {
    }

    static List<Part> of(Document document, int blocks) {
        List<Part> parts = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        boolean continues = false;
        int weight = 0;
        for (Chapter chapter : document.chapters()) {
            List<Block> taken = new ArrayList<>();
            for (Block block : chapter.blocks()) {
                int w = weight(block);
                if (weight + w > blocks && weight > 0) {
                    if (!taken.isEmpty()) {
                        chapters.add(stretch(chapter, taken));
                    }
                    parts.add(new Part(parts.isEmpty(), chapters, continues));
                    continues = !taken.isEmpty();
                    chapters = new ArrayList<>();
                    taken = new ArrayList<>();
                    weight = 0;
                }
                taken.add(block);
                weight += w;
            }
            chapters.add(stretch(chapter, taken));
            weight += 1;
        }
        parts.add(new Part(parts.isEmpty(), chapters, continues));
        return parts;
    }

    private static Chapter stretch(Chapter chapter, List<Block> blocks) {
        return new Chapter(chapter.id(), chapter.name(), chapter.title(), chapter.newPage(), chapter.listed(), blocks);
    }

    /** About the boxes a block makes: a table and the contents count their lines, a group its blocks. */
    private static int weight(Block block) {
        if (block instanceof Block.Group group) {
            return 1 + group.blocks().stream().mapToInt(PdfSlices::weight).sum();
        }
        if (block instanceof Block.Table table) {
            return 1 + table.rows().size();
        }
        return block instanceof Block.Contents contents ? 1 + contents.entries().size() : 1;
    }
}

package io.github.dossier.document;

import java.util.List;

/**
 * A chapter: a level-1 heading and its blocks.
 *
 * @param id the chapter's anchor
 * @param name a name for style hooks ({@code executive-summary}, {@code writer-section} …)
 * @param title the heading
 * @param newPage whether the chapter starts a new page
 * @param listed whether the heading is an entry of the contents (the front matter's are not)
 * @param blocks the content, in order
 */
public record Chapter(String id, String name, Inline title, boolean newPage, boolean listed, List<Block> blocks) {

    public Chapter {
        blocks = List.copyOf(blocks);
    }
}

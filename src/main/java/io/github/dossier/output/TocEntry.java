package io.github.dossier.output;

/**
 * A line of the table of contents, which the PDF's bookmarks follow too.
 *
 * @param id the id of the heading it links to
 * @param html the title as inline HTML (escaped)
 * @param level 1 for a chapter, 2 for a finding or a subsection, 3 below that
 */
record TocEntry(String id, String html, int level) {
}

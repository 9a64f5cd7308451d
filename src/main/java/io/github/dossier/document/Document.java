package io.github.dossier.document;

import java.util.List;
import java.util.Map;

/**
 * The report laid out: everything a format renders, decided once by {@link DocumentBuilder}.
 *
 * @param info the file's properties and the engagement's details
 * @param frame the running header and footer
 * @param cover the cover page
 * @param chapters the chapters in order, front matter first
 * @param contents the lines of the table of contents
 * @param outline the PDF's bookmarks: the front matter, then the contents lines
 * @param images the images figures and Markdown name, by name
 */
public record Document(DocumentInfo info, PageFrame frame, Cover cover, List<Chapter> chapters,
        List<ContentsEntry> contents, List<ContentsEntry> outline, Map<String, Image> images) {

    public Document {
        chapters = List.copyOf(chapters);
        contents = List.copyOf(contents);
        outline = List.copyOf(outline);
        images = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(images));
    }
}

package io.github.dossier.report;

/**
 * One of the writer's own sections, resolved: a chapter of the report before or after the
 * findings.
 *
 * @param file the file as named, relative to the sections folder
 * @param title the chapter title as inline Markdown: the file's leading {@code # } heading, else
 *     made from the file name
 * @param anchor the HTML id of the chapter
 * @param markdown the body, without the leading heading; its own headings start at {@code #}
 *     for the chapter's subsections
 */
public record RenderedSection(String file, String title, String anchor, String markdown) {
}

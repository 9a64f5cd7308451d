/**
 * The report laid out once: chapters, headings, tables, figures with their numbers, contents
 * entries, the cover, the page frame and the draft marks, decided by {@link
 * io.github.dossier.document.DocumentBuilder} from a {@link io.github.dossier.report.Report}. Each
 * output format renders this {@link io.github.dossier.document.Document} in its own package and
 * makes no layout decision of its own, the way commonmark-java renders one node tree to HTML,
 * text and Markdown.
 */
package io.github.dossier.document;

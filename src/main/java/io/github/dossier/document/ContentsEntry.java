package io.github.dossier.document;

/**
 * A line of the table of contents or of the PDF's outline.
 *
 * @param id the anchor it links to
 * @param number a finding's number ({@code 3.}), or empty
 * @param title the title
 * @param level 1 for a chapter, 2 for a finding or a subsection, 3 below that
 */
public record ContentsEntry(String id, String number, Inline title, int level) {

    /** The line as plain text: {@code 3. SQL Injection}. */
    public String plain() {
        return (number.isEmpty() ? "" : number + " ") + title.plain();
    }
}

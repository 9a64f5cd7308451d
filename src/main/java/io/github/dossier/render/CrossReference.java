package io.github.dossier.render;

/**
 * What {@code @key} renders as: the finding's number and title, linked to its anchor.
 *
 * @param number the finding's number as shown ({@code "3"})
 * @param title the finding's title as plain text
 * @param anchor the HTML id of the finding's section
 */
public record CrossReference(String number, String title, String anchor) {

    /** {@code 3 (SQL Injection)}. */
    public String text() {
        return number + " (" + title + ")";
    }
}

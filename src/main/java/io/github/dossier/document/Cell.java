package io.github.dossier.document;

import io.github.dossier.report.Undecided;
import io.github.dossier.risk.Risk;

/**
 * One table cell or field value.
 *
 * @param content what it shows
 * @param risk a risk level shown as a badge in the level's colour, or null for plain content
 */
public record Cell(Inline content, Risk risk) {

    /** The dash an empty value shows, the same in every format. */
    static final String EMPTY = "—";

    static Cell of(Inline content) {
        return new Cell(content, null);
    }

    /** Text; empty shows a dash, an undecided value ({@code TBA}) is highlighted. */
    static Cell text(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return of(Inline.text(EMPTY));
        }
        return of(Undecided.is(value) ? Inline.undecided(value) : Inline.text(value));
    }

    static Cell code(String text) {
        return text.isBlank() ? text("") : of(Inline.code(text.strip()));
    }

    static Cell risk(Risk risk) {
        return new Cell(Inline.text(risk.label()), risk);
    }
}

package io.github.dossier.document;

import java.util.List;

/**
 * The running header and footer of every page but the cover.
 *
 * @param header the header line
 * @param footer the footer line
 */
public record PageFrame(Line header, Line footer) {

    /** A line with parts set at the left and parts set at the right margin. */
    public record Line(List<Part> left, List<Part> right) {
        public Line {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /**
     * A piece of a line.
     *
     * @param text the text; for {@link Kind#PAGE}, with {@code {page}} and {@code {pages}} where the
     *     numbers go
     */
    public record Part(String text, Kind kind) {
    }

    /** How a piece is set. */
    public enum Kind {
        /** Plain. */
        TEXT,
        /** A marking that must stand out: the classification, DRAFT. */
        MARK,
        /** The page number. */
        PAGE
    }
}

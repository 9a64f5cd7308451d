package io.github.dossier.document;

import java.util.Locale;
import java.util.Optional;

/** The paper size of the PDF and the Word document. */
public enum PageSize {
    A4("A4", 210.0, 297.0), LETTER("letter", 215.9, 279.4);

    private final String css;
    private final double widthMm;
    private final double heightMm;

    PageSize(String css, double widthMm, double heightMm) {
        this.css = css;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The name CSS's {@code @page { size: … }} uses. */
    public String css() {
        return css;
    }

    /** The width in twentieths of a point, as Word measures pages. */
    public int widthTwips() {
        return (int) Math.round(widthMm / 25.4 * 1440);
    }

    public int heightTwips() {
        return (int) Math.round(heightMm / 25.4 * 1440);
    }

    /** {@code A4} or {@code Letter}, in any case. */
    public static Optional<PageSize> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (PageSize size : values()) {
            if (size.name().equals(t)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}

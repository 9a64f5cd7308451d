package io.github.dossier.document;

/**
 * A column of a {@link Block.Table}.
 *
 * @param header the header cell's text
 * @param width the column's share of the table's width, in per cent
 * @param numeric whether the column holds numbers (set right-aligned)
 */
public record Column(String header, int width, boolean numeric) {

    static Column text(String header, int width) {
        return new Column(header, width, false);
    }

    static Column number(String header, int width) {
        return new Column(header, width, true);
    }
}

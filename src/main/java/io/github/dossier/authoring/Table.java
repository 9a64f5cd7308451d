package io.github.dossier.authoring;

import java.util.List;

/**
 * An aligned plain-text table of three columns (title, category, CVSS) within a width: the
 * category is cut to its share, then the title, each ending in {@code …} when cut.
 */
final class Table {

    private static final String GAP = "  ";

    private final int[] widths;
    private final String indent;

    private Table(int[] widths, String indent) {
        this.widths = widths;
        this.indent = indent;
    }

    /** Column widths for {@code rows} (the header among them) so that each line fits {@code width}. */
    static Table fit(List<String[]> rows, String indent, int width, int categoryWidth) {
        int[] w = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < 3; i++) {
                w[i] = Math.max(w[i], length(row[i]));
            }
        }
        w[1] = Math.min(w[1], categoryWidth);
        w[0] = Math.max(8, Math.min(w[0], width - indent.length() - 2 * GAP.length() - w[1] - w[2]));
        return new Table(w, indent);
    }

    /** One row, aligned and cut to the widths. */
    String line(String[] row) {
        StringBuilder sb = new StringBuilder(indent);
        for (int i = 0; i < 3; i++) {
            String cell = cut(row[i], widths[i]);
            sb.append(cell);
            if (i < 2) {
                sb.append(" ".repeat(widths[i] - length(cell))).append(GAP);
            }
        }
        return sb.toString().stripTrailing();
    }

    /** The text cut to {@code width} code points, ending in … when cut. */
    private static String cut(String text, int width) {
        if (length(text) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))).stripTrailing() + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

package io.github.dossier.template;

import io.github.dossier.template.Node.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables in a section's source (SPEC §1.4): runs of consecutive lines outside code that
 * start and end with {@code |}, with or without a {@code |---|} delimiter row, and splits a row
 * into its cells' source at the pipes that are not escaped and not inside markup or code.
 */
final class TableLines {

    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

    /**
     * A table's place in the source.
     *
     * @param start the index of its first line's first character
     * @param end the index just after its last line's last character (its line break excluded)
     */
    record Range(int start, int end) {
    }

    /** A cell's source and where it starts in the row. */
    record Cell(String text, int offset) {
    }

    private TableLines() {
    }

    /** The tables of {@code text}, in order. */
    static List<Range> find(String text, CodeRegions code) {
        List<Range> ranges = new ArrayList<>();
        int pos = 0;
        int start = -1;
        int end = -1;
        while (pos <= text.length()) {
            int lineEnd = CodeRegions.lineEnd(text, pos);
            if (isRow(text.substring(pos, lineEnd)) && code.at(pos) != Context.CODE_BLOCK) {
                start = start < 0 ? pos : start;
                end = lineEnd;
            } else if (start >= 0) {
                ranges.add(new Range(start, end));
                start = -1;
            }
            pos = lineEnd + 1;
        }
        if (start >= 0) {
            ranges.add(new Range(start, end));
        }
        return ranges;
    }

    static boolean isRow(String line) {
        String s = line.strip();
        return s.length() >= 2 && s.charAt(0) == '|' && s.charAt(s.length() - 1) == '|' && !s.endsWith("\\|");
    }

    /** Whether every cell is a delimiter cell ({@code ---}, {@code :--}, {@code :-:}). */
    static boolean isDelimiterRow(List<Cell> cells) {
        return !cells.isEmpty() && cells.stream().allMatch(c -> DELIMITER_CELL.matcher(c.text().strip()).matches());
    }

    /**
     * The cells of one row: the source between pipes, without the outer pipes. A pipe inside a
     * highlight, a toggle's braces or a code span, or escaped as {@code \|}, belongs to its cell.
     */
    static List<Cell> cells(String row) {
        int from = row.indexOf('|') + 1;
        int to = row.lastIndexOf('|');
        List<Cell> cells = new ArrayList<>();
        int depth = 0;
        int cellStart = from;
        int i = from;
        while (i < to) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < to) {
                i += 2;
                continue;
            }
            if (c == '`') {
                int close = row.indexOf('`', i + 1);
                i = close < 0 || close >= to ? i + 1 : close + 1;
                continue;
            }
            if (row.startsWith("{==", i)) {
                depth++;
                i += 3;
                continue;
            }
            if (row.startsWith("==}", i) && depth > 0) {
                depth--;
                i += 3;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '|' && depth == 0) {
                cells.add(new Cell(row.substring(cellStart, i), cellStart));
                cellStart = i + 1;
            }
            i++;
        }
        cells.add(new Cell(row.substring(cellStart, Math.max(cellStart, to)), cellStart));
        return cells;
    }
}

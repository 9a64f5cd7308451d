package io.github.dossier.render;

import io.github.dossier.engagement.TableFill;
import io.github.dossier.engagement.Value;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.template.Node;
import io.github.dossier.template.NodeText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches a finding's {@code tables:} to the template's tables (numbered in document order) and
 * turns given rows into cells in column order (SPEC §1.4). Rows given replace the template's
 * example rows.
 */
final class TableFills {

    private final Map<Node.Table, Integer> numbers = new IdentityHashMap<>();
    private final Map<Node.Table, TableFill> fills = new IdentityHashMap<>();

    TableFills(List<Node.Table> tables, Map<String, TableFill> given, String templateId, Problems problems) {
        for (int i = 0; i < tables.size(); i++) {
            numbers.put(tables.get(i), i + 1);
        }
        given.forEach((number, fill) -> {
            int n = Integer.parseInt(number.strip());
            if (n > tables.size()) {
                problems.error(fill.location(), "table " + n + " names no table of template " + templateId,
                        tables.isEmpty() ? "the template has no tables; remove the entry"
                                : "its tables are numbered 1 to " + tables.size());
                return;
            }
            fills.put(tables.get(n - 1), fill);
        });
    }

    int numberOf(Node.Table table) {
        return numbers.get(table);
    }

    TableFill fillFor(Node.Table table) {
        return fills.get(table);
    }

    /**
     * The cells of a given row in column order; a row by header names its columns by their header
     * text (case and spacing ignored). Problems are reported; cells that cannot be placed are left
     * empty.
     */
    static List<Value.Text> cells(TableFill.Row row, List<String> headers, int number, String key,
            Problems problems) {
        if (row.byHeader().isEmpty()) {
            if (row.cells().size() > headers.size()) {
                problems.error(row.location(), "a row of table " + number + " has " + row.cells().size()
                        + " cells but the table has " + headers.size() + " columns (finding '" + key + "')",
                        "give at most " + headers.size() + " cells: " + String.join(" | ", headers));
                return row.cells().subList(0, headers.size());
            }
            return row.cells();
        }
        List<Value.Text> cells = new ArrayList<>();
        headers.forEach(h -> cells.add(null));
        row.byHeader().forEach((header, value) -> {
            int column = indexOf(headers, header);
            if (column < 0) {
                problems.error(value.location(), "table " + number + " has no column '" + header + "' (finding '"
                        + key + "')", Suggestions.didYouMean(header, headers, "its columns are "
                        + String.join(", ", headers)));
                return;
            }
            cells.set(column, value);
        });
        return cells;
    }

    private static int indexOf(List<String> headers, String header) {
        String wanted = normal(header);
        for (int i = 0; i < headers.size(); i++) {
            if (normal(headers.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A header cell's text as the writer reads it: its source without highlight delimiters. */
    static String headerText(List<Node> cell) {
        return NodeText.source(cell).replace("{==", "").replace("==}", "").strip();
    }
}

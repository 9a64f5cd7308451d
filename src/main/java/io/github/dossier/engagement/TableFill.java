package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import java.util.List;
import java.util.Map;

/**
 * The rows a finding gives for one of its template's tables ({@code tables: {1: [[a, b], …]}},
 * SPEC §1.4). They replace the template's example rows.
 *
 * @param number the table's number as written
 * @param rows the rows in order
 * @param location where the table's entry is written
 */
public record TableFill(String number, List<Row> rows, Location location) {

    public TableFill {
        rows = List.copyOf(rows);
    }

    /**
     * One row: cells in column order, or cells by header text.
     *
     * @param cells the cells in column order, or empty when given by header
     * @param byHeader the cells keyed by their column's header text, in written order, or empty
     * @param location where the row is written
     */
    public record Row(List<Value.Text> cells, Map<String, Value.Text> byHeader, Location location) {
        public Row {
            cells = List.copyOf(cells);
            byHeader = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byHeader));
        }
    }
}

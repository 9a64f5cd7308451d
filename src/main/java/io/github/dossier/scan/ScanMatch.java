package io.github.dossier.scan;

import java.util.List;

/**
 * What a rule found in the scans.
 *
 * @param results how many results matched
 * @param affected the affected systems, de-duplicated and in {@link NaturalOrder}
 * @param placeholder the items for {@code {==PLACEHOLDER==}}, de-duplicated and in natural order;
 *     null when the rule has no placeholder
 * @param rows the rows for the rule's table, distinct and in natural order; null when it has none
 */
public record ScanMatch(int results, List<String> affected, List<String> placeholder, List<List<String>> rows) {

    public ScanMatch {
        affected = List.copyOf(affected);
        placeholder = placeholder == null ? null : List.copyOf(placeholder);
        rows = rows == null ? null : rows.stream().map(List::copyOf).toList();
    }

    public ScanMatch(int results, List<String> affected, List<String> placeholder) {
        this(results, affected, placeholder, null);
    }

    public boolean isEmpty() {
        return results == 0;
    }
}

package io.github.dossier.scan;

import java.util.List;

/**
 * What a rule found in the scans.
 *
 * @param results how many results matched
 * @param affected the affected systems, de-duplicated and in {@link NaturalOrder}
 * @param placeholder the items for {@code {==PLACEHOLDER==}}, de-duplicated and in natural order;
 *     null when the rule has no placeholder
 */
public record ScanMatch(int results, List<String> affected, List<String> placeholder) {

    public ScanMatch {
        affected = List.copyOf(affected);
        placeholder = placeholder == null ? null : List.copyOf(placeholder);
    }

    public boolean isEmpty() {
        return results == 0;
    }
}

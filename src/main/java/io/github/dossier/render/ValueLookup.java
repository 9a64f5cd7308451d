package io.github.dossier.render;

import io.github.dossier.engagement.Value;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.template.NodeText;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the value for a slot, choice or editorial text: the finding's value first, then the
 * engagement's. Choices match with spacing around {@code ||} ignored, editorial texts with
 * whitespace runs collapsed, slots exactly.
 */
final class ValueLookup {

    private final Map<String, Value> finding;
    private final Map<String, Value> engagement;
    private final java.util.List<Map<String, Value>> choiceKeys = new java.util.ArrayList<>(2);
    private final java.util.List<Map<String, Value>> editorialKeys = new java.util.ArrayList<>(2);

    ValueLookup(Map<String, Value> finding, Map<String, Value> engagement) {
        this.finding = finding;
        this.engagement = engagement;
    }

    Optional<Value> slot(String name) {
        Value value = finding.get(name);
        return Optional.ofNullable(value != null ? value : engagement.get(name));
    }

    Optional<Value> choice(String key) {
        return find(key, NodeText::choiceKey, choiceKeys);
    }

    Optional<Value> editorial(String key) {
        return find(key, NodeText::editorialKey, editorialKeys);
    }

    /** Looks {@code key} up in the finding's, then the engagement's values, both normalised once. */
    private Optional<Value> find(String key, UnaryOperator<String> normal, java.util.List<Map<String, Value>> cache) {
        if (cache.isEmpty()) {
            cache.add(normalised(finding, normal));
            cache.add(normalised(engagement, normal));
        }
        String wanted = normal.apply(key);
        for (Map<String, Value> scope : cache) {
            Value value = scope.get(wanted);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Keys normalised; the first written wins where two normalise alike. */
    private static Map<String, Value> normalised(Map<String, Value> values, UnaryOperator<String> normal) {
        Map<String, Value> map = new java.util.HashMap<>();
        values.forEach((k, v) -> map.putIfAbsent(normal.apply(k), v));
        return map;
    }

    /** A value key close to a slot name that has no value, for "did you mean". */
    Optional<String> nearSlot(String name) {
        Set<String> keys = new LinkedHashSet<>(finding.keySet());
        keys.addAll(engagement.keySet());
        return Suggestions.nearest(name, keys);
    }
}

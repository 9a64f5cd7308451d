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

    ValueLookup(Map<String, Value> finding, Map<String, Value> engagement) {
        this.finding = finding;
        this.engagement = engagement;
    }

    Optional<Value> slot(String name) {
        return find(name, UnaryOperator.identity());
    }

    Optional<Value> choice(String key) {
        return find(key, NodeText::choiceKey);
    }

    Optional<Value> editorial(String key) {
        return find(key, NodeText::editorialKey);
    }

    private Optional<Value> find(String key, UnaryOperator<String> normal) {
        String wanted = normal.apply(key);
        for (Map<String, Value> scope : java.util.List.of(finding, engagement)) {
            for (Map.Entry<String, Value> e : scope.entrySet()) {
                if (normal.apply(e.getKey()).equals(wanted)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** A value key close to a slot name that has no value, for "did you mean". */
    Optional<String> nearSlot(String name) {
        Set<String> keys = new LinkedHashSet<>(finding.keySet());
        keys.addAll(engagement.keySet());
        return Suggestions.nearest(name, keys);
    }
}

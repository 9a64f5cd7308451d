package io.github.dossier.render;

import io.github.dossier.engagement.OptionChoice;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Group;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Matches decisions to the template's groups: the finding's {@code options}, by number
 * ({@code 1}) or label ({@code AWS}, case-insensitive; a label may name several groups), then
 * the engagement-wide {@code engagement.options}, by label, for what the finding leaves open. A
 * finding's key that names no group is an error: a decision that silently does nothing is
 * worse than none.
 */
final class OptionDecisions {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

    private final List<Group> groups;
    private final Map<Group, OptionChoice> decisions = new IdentityHashMap<>();
    private final Map<Group, Integer> numbers = new IdentityHashMap<>();

    OptionDecisions(List<Group> groups, Map<String, OptionChoice> finding, Map<String, OptionChoice> engagement,
            String templateId, Problems problems) {
        this.groups = groups;
        for (int i = 0; i < groups.size(); i++) {
            numbers.put(groups.get(i), i + 1);
        }
        finding.forEach((key, choice) -> decide(key, choice, templateId, problems));
        engagement.forEach((key, choice) -> groups.stream()
                .filter(g -> g.hasLabel() && g.label().equalsIgnoreCase(key.strip()))
                .forEach(g -> decisions.putIfAbsent(g, choice)));
    }

    private void decide(String key, OptionChoice choice, String templateId, Problems problems) {
        List<Group> named;
        if (NUMBER.matcher(key).matches()) {
            int number = Integer.parseInt(key);
            named = number >= 1 && number <= groups.size() ? List.of(groups.get(number - 1)) : List.of();
        } else {
            named = groups.stream().filter(g -> g.hasLabel() && g.label().equalsIgnoreCase(key.strip())).toList();
        }
        if (named.isEmpty()) {
            problems.error(choice.location(), "option '" + key + "' names no option of template " + templateId,
                    available());
            return;
        }
        named.forEach(g -> decisions.put(g, choice));
    }

    private String available() {
        if (groups.isEmpty()) {
            return "the template has no options; remove the entry";
        }
        return "its options are " + IntStream.range(0, groups.size())
                .mapToObj(i -> (i + 1) + (groups.get(i).hasLabel() ? " (" + groups.get(i).label() + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    OptionChoice decisionFor(Group group) {
        return decisions.get(group);
    }

    int numberOf(Group group) {
        return numbers.get(group);
    }

    /** A short description of a group for messages: {@code option 2 (AWS)}, {@code content option 4}. */
    String describe(Group group) {
        return io.github.dossier.template.Decisions.describe(group, numberOf(group));
    }
}

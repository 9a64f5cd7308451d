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
 * Matches a finding's {@code options} to the template's groups, by number ({@code 1}) or by
 * label ({@code AWS}, case-insensitive; a label may name several groups). A key that names no
 * group is an error: a decision that silently does nothing is worse than none.
 */
final class OptionDecisions {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

    private final Map<Group, OptionChoice> decisions = new IdentityHashMap<>();
    private final Map<Group, Integer> numbers = new IdentityHashMap<>();

    OptionDecisions(List<Group> groups, Map<String, OptionChoice> options, String templateId, Problems problems) {
        for (int i = 0; i < groups.size(); i++) {
            numbers.put(groups.get(i), i + 1);
        }
        options.forEach((key, choice) -> decide(groups, key, choice, templateId, problems));
    }

    private void decide(List<Group> groups, String key, OptionChoice choice, String templateId, Problems problems) {
        List<Group> named;
        if (NUMBER.matcher(key).matches()) {
            int number = Integer.parseInt(key);
            named = number >= 1 && number <= groups.size() ? List.of(groups.get(number - 1)) : List.of();
        } else {
            named = groups.stream().filter(g -> g.label().equalsIgnoreCase(key.strip())).toList();
        }
        if (named.isEmpty()) {
            problems.error(choice.location(), "option '" + key + "' names no option of template " + templateId,
                    available(groups));
            return;
        }
        named.forEach(g -> decisions.put(g, choice));
    }

    private String available(List<Group> groups) {
        if (groups.isEmpty()) {
            return "the template has no options; remove the entry";
        }
        return "its options are " + IntStream.range(0, groups.size())
                .mapToObj(i -> (i + 1) + (groups.get(i).label().isEmpty() ? "" : " (" + groups.get(i).label() + ")"))
                .collect(Collectors.joining(", "));
    }

    OptionChoice decisionFor(Group group) {
        return decisions.get(group);
    }

    int numberOf(Group group) {
        return numbers.get(group);
    }

    /** A short description of a group for messages: {@code option 2 (AWS)}. */
    String describe(Group group) {
        String what = group.isEither() ? "alternative group " : "option ";
        return what + numberOf(group) + (group.label().isEmpty() ? "" : " (" + group.label() + ")");
    }
}

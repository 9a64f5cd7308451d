package io.github.dossier.render;

import io.github.dossier.engagement.EditorialChoice;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Editorial;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a finding's {@code editorial:} decisions to the template's editorial texts and writer
 * instructions, numbered together in document order (SPEC §1.4). A number that names nothing is
 * an error.
 */
final class EditorialDecisions {

    private final Map<Editorial, Integer> numbers = new IdentityHashMap<>();
    private final Map<Editorial, EditorialChoice> decisions = new IdentityHashMap<>();

    EditorialDecisions(List<Editorial> editorials, Map<String, EditorialChoice> choices, String templateId,
            Problems problems) {
        for (int i = 0; i < editorials.size(); i++) {
            numbers.put(editorials.get(i), i + 1);
        }
        choices.forEach((number, choice) -> {
            int n = Integer.parseInt(number.strip());
            if (n > editorials.size()) {
                problems.error(choice.location(), "editorial " + n + " names no editorial text of template "
                        + templateId, editorials.isEmpty() ? "the template has none; remove the entry"
                        : "its editorial texts and instructions are numbered 1 to " + editorials.size()
                                + "; mvn dossier:check -Ddossier.explain lists them");
                return;
            }
            decisions.put(editorials.get(n - 1), choice);
        });
    }

    EditorialChoice decisionFor(Editorial editorial) {
        return decisions.get(editorial);
    }

    int numberOf(Editorial editorial) {
        return numbers.get(editorial);
    }
}

package io.github.dossier.report;

import io.github.dossier.engagement.Value;
import io.github.dossier.io.MarkdownNesting;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node;
import io.github.dossier.template.Template;
import java.util.Map;

/**
 * Checks the values that become Markdown: a text value in a block slot (a slot alone on its
 * line) is Markdown, so its nesting is bounded like a template's. Inline values and list items
 * are escaped into literal text and cannot nest. Run by {@code check} and {@code assemble}
 * alike, before anything is rendered.
 */
final class MarkdownValues {

    private MarkdownValues() {
    }

    /** Checks each block slot's value: the finding's (or section's) own, else the engagement's. */
    static void check(Template template, Map<String, Value> own, Map<String, Value> engagement, Problems problems) {
        template.forEachNode(node -> {
            if (node instanceof Node.Slot slot && slot.block() && slot.context() == Node.Context.TEXT) {
                Value value = own.containsKey(slot.name()) ? own.get(slot.name()) : engagement.get(slot.name());
                if (value instanceof Value.Text text) {
                    MarkdownNesting.checkValue(text.text().strip(), text.location(), "the value of " + slot.name(),
                            problems);
                }
            }
        });
    }
}

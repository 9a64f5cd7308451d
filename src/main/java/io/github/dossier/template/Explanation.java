package io.github.dossier.template;

import io.github.dossier.problem.Problem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a template was read (SPEC §1.4, {@code check -Ddossier.explain}): every highlight with its
 * kind, every option with how its text was read and the text it covers, every editorial text,
 * instruction and table with the number a descriptor names it by. One located note each.
 */
public final class Explanation {

    private Explanation() {
    }

    /** The notes for one template, in document order. */
    public static List<Problem> of(Template template) {
        Map<Node, Integer> numbers = new IdentityHashMap<>();
        number(template.groups(), numbers);
        number(template.editorials(), numbers);
        number(template.tables(), numbers);
        List<Problem> notes = new ArrayList<>();
        template.forEachNode(node -> describe(node, numbers).ifPresent(text ->
                notes.add(Problem.note(node.location(), text))));
        return notes;
    }

    private static void number(List<? extends Node> nodes, Map<Node, Integer> numbers) {
        for (int i = 0; i < nodes.size(); i++) {
            numbers.put(nodes.get(i), i + 1);
        }
    }

    private static java.util.Optional<String> describe(Node node, Map<Node, Integer> numbers) {
        String text = null;
        if (node instanceof Node.Slot s) {
            text = (s.name().startsWith("XREF") ? "cross-reference slot " : s.block() ? "block slot " : "slot ")
                    + "{==" + s.name() + "==}" + (s.context() == Node.Context.TEXT ? "" : " (in code: verbatim)");
        } else if (node instanceof Node.Choice c) {
            text = "choice " + c.source() + ": " + String.join(" | ",
                    c.alternatives().stream().map(a -> Texts.source(a).strip()).toList());
        } else if (node instanceof Node.Note n) {
            text = "note for the writer, never printed: " + NodeText.quote(List.of(new Node.Text(n.text(),
                    n.location())));
        } else if (node instanceof Node.Editorial e) {
            text = (e.instruction() ? "writer instruction " : "editorial text ") + numbers.get(e) + " "
                    + NodeText.quote(e.content()) + (e.instruction() ? ": never printed as written; replace or drop it"
                    : ": printed as written unless the finding decides");
        } else if (node instanceof Node.Group g) {
            text = Decisions.describe(g, numbers.get(g)) + ": " + reading(g) + ", " + scope(g) + " "
                    + String.join(" or ", g.alternatives().stream().map(NodeText::quote).toList());
        } else if (node instanceof Node.Table t) {
            text = "table " + numbers.get(t) + (t.toFill() ? " to fill" : "") + ": " + String.join(" | ",
                    t.header().stream().map(cell -> Texts.source(cell).strip()).toList())
                    + (t.alignments().isEmpty() ? " (no delimiter row: one is added)" : "");
        }
        return java.util.Optional.ofNullable(text);
    }

    private static String reading(Node.Group group) {
        if (group.isEither()) {
            return group.alternatives().size() + " alternatives, one must be kept";
        }
        return switch (group.reading()) {
            case BARE -> "a bare marker";
            case CONTENT_CHOICE -> "a content choice, keeping one of its parts";
            case CONDITION -> "its text is a condition for the writer (a label)";
            case CONTENT -> "its text is content";
            case LABEL_ALONE -> "a label alone on its line";
            case LABEL -> "its text is a label";
        };
    }

    private static String scope(Node.Group group) {
        return switch (group.scope()) {
            case LINE -> "it covers the rest of its line:";
            case SENTENCE -> "it covers the rest of its sentence:";
            case BLOCK -> "it covers the block below it:";
            case OWN_TEXT -> group.reading() == Node.Reading.CONTENT_CHOICE ? "its parts are" : "it is its own text:";
        };
    }
}

package io.github.dossier.template;

import io.github.dossier.problem.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a finding must decide to use a template in a strict build (SPEC §1.4): its slots,
 * choices, options and alternative groups, editorial texts and writer instructions, and tables,
 * each numbered as the descriptor names it and quoted so that a writer can decide without
 * opening the template. {@code dossier:add} writes them as a stub, {@code check
 * -Ddossier.explain} prints them.
 *
 * @param slots the slots by name, first occurrence first
 * @param choices the choices by key, first occurrence first
 * @param options the options and alternative groups, by number
 * @param editorials the editorial texts and instructions, by number
 * @param tables the tables, by number
 */
public record Decisions(List<Slot> slots, List<Choice> choices, List<Option> options, List<Editorial> editorials,
        List<Table> tables) {

    /**
     * A slot to fill.
     *
     * @param block whether it stands alone on its line (it takes images, files, lists, Markdown)
     * @param reference whether it is an {@code XREF} cross-reference, filled with {@code @key}
     */
    public record Slot(String name, boolean block, boolean reference, Location location) {
    }

    /** A choice: the value names one alternative by its text or number. */
    public record Choice(String key, List<String> alternatives, Location location) {
    }

    /**
     * An option, content option, content choice or alternative group.
     *
     * @param number its number in {@code options:}
     * @param description how messages name it: {@code option 2 (AWS)}
     * @param label its label, or empty
     * @param reading how its marker's text was read
     * @param scope what it covers
     * @param either whether one alternative must be kept
     * @param quotes each alternative (or part) quoted
     */
    public record Option(int number, String description, String label, Node.Reading reading, Node.Scope scope,
            boolean either, List<String> quotes, Location location) {
    }

    /**
     * An editorial text or a writer instruction.
     *
     * @param number its number in {@code editorial:}
     * @param key its text, the key in {@code values:}
     */
    public record Editorial(int number, boolean instruction, String key, String quote, Location location) {
    }

    /**
     * A table.
     *
     * @param number its number in {@code tables:}
     * @param headers its header cells' text
     * @param toFill whether the finding must give its rows
     */
    public record Table(int number, List<String> headers, boolean toFill, Location location) {
    }

    /** What {@code template} asks of a finding. */
    public static Decisions of(Template template) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        Map<String, Choice> choices = new LinkedHashMap<>();
        template.forEachNode(node -> {
            if (node instanceof Node.Slot s) {
                slots.merge(s.name(), new Slot(s.name(), s.block(), s.name().startsWith("XREF"), s.location()),
                        (a, b) -> new Slot(a.name(), a.block() || b.block(), a.reference(), a.location()));
            } else if (node instanceof Node.Choice c) {
                choices.putIfAbsent(c.key(), new Choice(c.key(),
                        c.alternatives().stream().map(a -> Texts.source(a).strip()).toList(), c.location()));
            }
        });
        List<Option> options = new ArrayList<>();
        List<Node.Group> groups = template.groups();
        for (int i = 0; i < groups.size(); i++) {
            Node.Group g = groups.get(i);
            options.add(new Option(i + 1, describe(g, i + 1), g.hasLabel() ? g.label() : "", g.reading(), g.scope(),
                    g.isEither(), g.alternatives().stream().map(NodeText::quote).toList(), g.location()));
        }
        List<Editorial> editorials = new ArrayList<>();
        List<Node.Editorial> found = template.editorials();
        for (int i = 0; i < found.size(); i++) {
            Node.Editorial e = found.get(i);
            editorials.add(new Editorial(i + 1, e.instruction(), e.key(), NodeText.quote(e.content()), e.location()));
        }
        List<Table> tables = new ArrayList<>();
        List<Node.Table> tablesFound = template.tables();
        for (int i = 0; i < tablesFound.size(); i++) {
            Node.Table t = tablesFound.get(i);
            tables.add(new Table(i + 1, t.header().stream()
                    .map(cell -> Texts.source(cell).replace("{==", "").replace("==}", "").strip()).toList(),
                    t.toFill(), t.location()));
        }
        return new Decisions(List.copyOf(slots.values()), List.copyOf(choices.values()), options, editorials,
                tables);
    }

    /** How messages name a group: {@code option 2 (AWS)}, {@code content option 4}, {@code alternative group 1}. */
    public static String describe(Node.Group group, int number) {
        String what = group.isEither() ? "alternative group "
                : group.reading() == Node.Reading.CONTENT_CHOICE ? "content choice "
                : group.scope() == Node.Scope.OWN_TEXT ? "content option " : "option ";
        return what + number + (group.hasLabel() ? " (" + group.label() + ")" : "");
    }
}

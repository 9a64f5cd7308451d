package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a finding's decisions by number (SPEC §1.4): {@code editorial: {1: keep, 2: drop, 3: "new
 * text"}} and {@code tables: {1: [[a, b], …]}}. Whether a number names something in the template
 * is the renderer's concern.
 */
final class DecisionsReader {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final String EDITORIAL_HINT = "write keep, drop, or the text to print instead, e.g."
            + " editorial: {1: keep, 2: drop, 3: \"the new text\"}";
    private static final String ROW_HINT = "write each row as a list of cells, [a, b, c], or as cells by header,"
            + " {Host: a, Port: b}";

    private final YamlNodes nodes;

    DecisionsReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * {@code editorial:}: plain {@code keep} and {@code drop} (any case) are decisions; any other
     * text, or a quoted {@code "keep"}, replaces the editorial text; {@code ""} drops it.
     */
    Optional<Map<String, EditorialChoice>> editorial(Node node, String what) {
        return nodes.mapping(node, what).map(entries -> {
            Map<String, EditorialChoice> choices = new LinkedHashMap<>();
            entries.values().stream().filter(e -> number(e, what, "editorial texts"))
                    .forEach(e -> editorialChoice(e, what).ifPresent(c -> choices.put(e.key(), c)));
            return choices;
        });
    }

    private Optional<EditorialChoice> editorialChoice(Entry entry, String what) {
        Location at = nodes.at(entry.keyNode());
        if (YamlNodes.isNull(entry.value())) {
            nodes.error(entry.value(), "no decision for editorial text " + entry.key() + " in " + what,
                    EDITORIAL_HINT);
            return Optional.empty();
        }
        return nodes.text(entry.value(), what + "." + entry.key()).map(text -> {
            String word = text.strip().toLowerCase(Locale.ROOT);
            boolean plain = entry.value() instanceof ScalarNode s && s.isPlain();
            if (plain && word.equals("keep")) {
                return new EditorialChoice(entry.key(), EditorialChoice.Action.KEEP, null, at);
            }
            if (plain && word.equals("drop") || text.isEmpty()) {
                return new EditorialChoice(entry.key(), EditorialChoice.Action.DROP, null, at);
            }
            return new EditorialChoice(entry.key(), EditorialChoice.Action.REPLACE,
                    new Value.Text(text, nodes.at(entry.value())), at);
        });
    }

    /** {@code tables:}: each entry a list of rows. */
    Optional<Map<String, TableFill>> tables(Node node, String what) {
        return nodes.mapping(node, what).map(entries -> {
            Map<String, TableFill> tables = new LinkedHashMap<>();
            entries.values().stream().filter(e -> number(e, what, "tables"))
                    .forEach(e -> table(e, what + "." + e.key()).ifPresent(t -> tables.put(e.key(), t)));
            return tables;
        });
    }

    private Optional<TableFill> table(Entry entry, String what) {
        Node value = entry.value();
        if (!YamlNodes.isNull(value) && !nodes.visit(value)) {
            return Optional.empty();
        }
        if (!(value instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            nodes.error(YamlNodes.isNull(value) ? entry.keyNode() : value, what + " must be a list of rows",
                    ROW_HINT);
            return Optional.empty();
        }
        List<TableFill.Row> rows = new ArrayList<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            Optional<TableFill.Row> row = row(item, what);
            row.ifPresent(rows::add);
            ok &= row.isPresent();
        }
        return ok ? Optional.of(new TableFill(entry.key(), rows, nodes.at(entry.keyNode()))) : Optional.empty();
    }

    private Optional<TableFill.Row> row(Node item, String what) {
        Location at = nodes.at(item);
        if (item instanceof SequenceNode) {
            return nodes.texts(item, what + " row").map(cells -> new TableFill.Row(
                    cells.stream().map(c -> new Value.Text(c, at)).toList(), Map.of(), at));
        }
        if (item instanceof MappingNode) {
            return nodes.mapping(item, what + " row").flatMap(entries -> {
                Map<String, Value.Text> cells = new LinkedHashMap<>();
                for (Entry cell : entries.values()) {
                    Optional<String> text = YamlNodes.isNull(cell.value()) ? Optional.of("")
                            : nodes.text(cell.value(), what + " row." + cell.key());
                    if (text.isEmpty()) {
                        return Optional.empty();
                    }
                    cells.put(cell.key(), new Value.Text(text.get(), nodes.at(cell.keyNode())));
                }
                return Optional.of(new TableFill.Row(List.of(), cells, at));
            });
        }
        if (YamlNodes.isNull(item) || nodes.visit(item)) {
            nodes.error(item, "a row of " + what + " must be a list or a mapping", ROW_HINT);
        }
        return Optional.empty();
    }

    /** Decisions here are keyed by number: anything else is reported. */
    private boolean number(Entry entry, String what, String things) {
        if (NUMBER.matcher(entry.key().strip()).matches()) {
            return true;
        }
        nodes.error(entry.keyNode(), "'" + entry.key() + "' in " + what + " is not a number",
                things + " are named by their number in the template (1, 2, …); mvn dossier:check"
                        + " -Ddossier.explain lists them");
        return false;
    }
}

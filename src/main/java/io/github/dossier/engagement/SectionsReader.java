package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code sections: {before: [...], after: [...], summary: ...}}. An item is a file name, or
 * a mapping with {@code file} and optional {@code values} and {@code options}, like a finding's;
 * {@code summary} is one item, placed inside the executive summary.
 */
final class SectionsReader {

    static final List<String> KEYS = List.of("before", "after", "summary");
    static final List<String> FIELDS = List.of("file", "values", "options");
    private static final String HINT = "write a file name relative to src/report, or {file: name.md, values: …}";

    private final YamlNodes nodes;
    private final ValuesReader values;
    private final OptionsReader options;

    SectionsReader(YamlNodes nodes, ValuesReader values) {
        this.nodes = nodes;
        this.values = values;
        this.options = new OptionsReader(nodes);
    }

    ReportSections read(Node node) {
        Optional<Map<String, Entry>> mapping = nodes.mapping(node, "sections");
        if (mapping.isEmpty()) {
            return new ReportSections(List.of(), List.of(), true);
        }
        nodes.checkKeys(mapping.get(), KEYS, "sections");
        return new ReportSections(list(mapping.get().get("before"), "sections.before"),
                list(mapping.get().get("after"), "sections.after"), true, summary(mapping.get().get("summary")));
    }

    private WriterSection summary(Entry entry) {
        if (entry == null || YamlNodes.isNull(entry.value()) || !nodes.visit(entry.value())) {
            return null;
        }
        if (entry.value() instanceof SequenceNode) {
            nodes.error(entry.value(), "sections.summary must be one file", "write summary: executive-summary.md");
            return null;
        }
        return item(entry.value(), "sections.summary").orElse(null);
    }

    private List<WriterSection> list(Entry entry, String what) {
        List<WriterSection> sections = new ArrayList<>();
        if (entry == null || YamlNodes.isNull(entry.value()) || !nodes.visit(entry.value())) {
            return sections;
        }
        if (entry.value() instanceof ScalarNode) {
            item(entry.value(), what).ifPresent(sections::add);
        } else if (entry.value() instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                item(items.get(i), what + "[" + i + "]").ifPresent(sections::add);
            }
        } else {
            nodes.error(entry.value(), what + " must be a list of files", "write [introduction.md, scope.md]");
        }
        return sections;
    }

    private Optional<WriterSection> item(Node item, String what) {
        if (item instanceof MappingNode) {
            return nodes.mapping(item, what).flatMap(fields -> fromMapping(item, fields, what));
        }
        Optional<String> file = YamlNodes.isNull(item) ? Optional.empty() : nodes.text(item, what);
        if (file.isEmpty() || file.get().isBlank()) {
            if (YamlNodes.isNull(item) || file.isPresent()) {
                nodes.error(item, what + " names no file", HINT);
            }
            return Optional.empty();
        }
        return Optional.of(WriterSection.of(file.get().strip(), nodes.at(item)));
    }

    private Optional<WriterSection> fromMapping(Node item, Map<String, Entry> fields, String what) {
        nodes.checkKeys(fields, FIELDS, what);
        Entry file = fields.get("file");
        Optional<String> name = file == null ? Optional.empty() : nodes.text(file.value(), what + ".file");
        if (name.isEmpty() || name.get().isBlank()) {
            nodes.error(file == null ? item : file.value(), what + " names no file", HINT);
            return Optional.empty();
        }
        Map<String, Value> vals = fields.containsKey("values")
                ? values.read(fields.get("values").value(), what + ".values") : Map.of();
        Map<String, OptionChoice> choices = fields.containsKey("options")
                ? options.read(fields.get("options").value(), what + ".options").orElse(Map.of()) : Map.of();
        Location at = nodes.at(file.value());
        return Optional.of(new WriterSection(name.get().strip(), Objects.requireNonNull(vals), choices, at));
    }
}

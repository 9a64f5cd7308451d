package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import io.github.dossier.risk.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code findings:} list. Entries are named {@code findings[i]} in messages, counting
 * from 0 as YAML paths do; the line and column say exactly where.
 */
final class FindingsReader {

    static final List<String> FIELDS = List.of("template", "key", "affected", "plural", "values", "category",
            "options", "editorial", "tables", "impact", "likelihood", "cvss", "status");

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]*");
    private static final String TEMPLATE_HINT = "write template: with a template id or its exact title";

    private final YamlNodes nodes;
    private final ValuesReader values;
    private final OptionsReader options;
    private final DecisionsReader decisions;
    /** Explicit keys seen so far, to report a second use where it is. */
    private final Map<String, Location> keys = new HashMap<>();

    FindingsReader(YamlNodes nodes, ValuesReader values) {
        this.nodes = nodes;
        this.values = values;
        this.options = new OptionsReader(nodes);
        this.decisions = new DecisionsReader(nodes);
    }

    /** The findings in written order; {@code at} is the {@code findings:} key, for an empty list. */
    List<FindingSpec> read(Node node, Location at) {
        List<FindingSpec> findings = new ArrayList<>();
        if (!YamlNodes.isNull(node) && !nodes.visit(node)) {
            return findings;
        }
        if (YamlNodes.isNull(node) || node instanceof SequenceNode s && s.getValue().isEmpty()) {
            nodes.problems().warning(at, "no findings", "list the findings to report under findings:");
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                finding(items.get(i), "findings[" + i + "]").ifPresent(findings::add);
            }
        } else {
            nodes.error(node, "findings must be a list", "start each finding with '- template: …'");
        }
        return findings;
    }

    private Optional<FindingSpec> finding(Node item, String what) {
        if (YamlNodes.isNull(item)) {
            nodes.error(item, what + " is empty", TEMPLATE_HINT);
            return Optional.empty();
        }
        if (item instanceof MappingNode) {
            return nodes.mapping(item, what).flatMap(entries -> fromMapping(item, entries, what));
        }
        if (!nodes.visit(item)) {
            return Optional.empty();
        }
        if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            // "- web/sms-mfa-in-use" is shorthand for "- template: web/sms-mfa-in-use".
            Location at = nodes.at(item);
            return Optional.of(new FindingSpec(scalar.getValue(), null, List.of(), null, Map.of(), null, Map.of(),
                    null, null, null, Status.OPEN, at, Map.of("template", at)));
        }
        nodes.error(item, what + " must be a mapping or a template name", TEMPLATE_HINT);
        return Optional.empty();
    }

    private Optional<FindingSpec> fromMapping(Node item, Map<String, Entry> entries, String what) {
        nodes.checkKeys(entries, FIELDS, what);
        Map<String, Location> fieldLocations = new LinkedHashMap<>();
        entries.values().stream().filter(e -> FIELDS.contains(e.key()))
                .forEach(e -> fieldLocations.put(e.key(), nodes.at(e.value())));
        Optional<String> template = template(item, entries.get("template"), what);
        String key = field(entries, "key", what, this::key);
        FindingSpec.AffectedFrom from = affectedFrom(entries.get("affected"));
        List<String> affected = from == FindingSpec.AffectedFrom.SCAN ? List.of()
                : field(entries, "affected", what, nodes::texts);
        Boolean plural = field(entries, "plural", what, nodes::bool);
        Map<String, Value> vals = field(entries, "values", what, (n, w) -> Optional.of(values.read(n, w)));
        String category = field(entries, "category", what, nodes::text);
        Map<String, OptionChoice> choices = field(entries, "options", what, options::read);
        Level impact = field(entries, "impact", what, this::level);
        Level likelihood = field(entries, "likelihood", what, this::level);
        String cvss = field(entries, "cvss", what, nodes::text);
        Status status = field(entries, "status", what, this::status);
        Map<String, EditorialChoice> editorial = field(entries, "editorial", what, decisions::editorial);
        Map<String, TableFill> tables = field(entries, "tables", what, decisions::tables);
        return template.map(t -> new FindingSpec(t, key, Objects.requireNonNullElse(affected, List.of()), from, plural,
                Objects.requireNonNullElse(vals, Map.of()), category, Objects.requireNonNullElse(choices, Map.of()),
                impact, likelihood, cvss, status, nodes.at(item), fieldLocations,
                Objects.requireNonNullElse(editorial, Map.of()), Objects.requireNonNullElse(tables, Map.of())));
    }

    /** {@code affected: scan} (plain, unquoted) takes the list from the scans; a written list is the list. */
    private static FindingSpec.AffectedFrom affectedFrom(Entry entry) {
        if (entry == null) {
            return FindingSpec.AffectedFrom.UNSET;
        }
        return entry.value() instanceof ScalarNode s && s.isPlain() && s.getValue().equals("scan")
                ? FindingSpec.AffectedFrom.SCAN : FindingSpec.AffectedFrom.LIST;
    }

    /** A field's value read by {@code reader}; null when absent, empty or wrong (then reported). */
    private static <T> T field(Map<String, Entry> entries, String name, String what,
            BiFunction<Node, String, Optional<T>> reader) {
        Entry entry = entries.get(name);
        return entry == null ? null : reader.apply(entry.value(), what + "." + name).orElse(null);
    }

    private Optional<String> template(Node item, Entry entry, String what) {
        if (entry == null) {
            nodes.error(item, what + " has no template", TEMPLATE_HINT);
            return Optional.empty();
        }
        Optional<String> text = nodes.text(entry.value(), what + ".template");
        if (text.isEmpty() && YamlNodes.isNull(entry.value()) || text.isPresent() && text.get().isBlank()) {
            nodes.error(entry.value(), what + ".template has no value", TEMPLATE_HINT);
            return Optional.empty();
        }
        return text;
    }

    private Optional<String> key(Node node, String what) {
        Optional<String> key = nodes.text(node, what);
        if (key.isEmpty()) {
            return key;
        }
        if (!KEY.matcher(key.get()).matches()) {
            nodes.error(node, what + " '" + key.get() + "' is not a valid key",
                    "use letters, digits and _ . / - only, starting with a letter or digit");
            return Optional.empty();
        }
        Location first = keys.putIfAbsent(key.get(), nodes.at(node));
        if (first != null) {
            nodes.error(node, "duplicate finding key '" + key.get() + "' (the first is on line " + first.line() + ")",
                    "give each finding its own key");
        }
        return key;
    }

    private Optional<Level> level(Node node, String what) {
        Optional<String> text = nodes.text(node, what);
        Optional<Level> level = text.flatMap(Level::parse);
        if (text.isPresent() && level.isEmpty()) {
            nodes.error(node, what + " '" + text.get() + "' is not a level", "use Low, Medium, High or N/A");
        }
        return level;
    }

    private Optional<Status> status(Node node, String what) {
        Optional<String> text = nodes.text(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Status> status = Status.parse(text.get());
        if (status.isEmpty()) {
            nodes.error(node, what + " '" + text.get() + "' is not a status",
                    "use open, fixed, partially fixed, accepted or not retested");
        }
        return status;
    }
}

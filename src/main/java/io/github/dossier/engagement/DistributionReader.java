package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code engagement.distribution}: who receives the document, one entry each, a name or a
 * mapping with {@code name} (required), {@code role} and {@code organisation}. Entries are named
 * {@code engagement.distribution[i]} in messages, counting from 0.
 */
final class DistributionReader {

    static final List<String> FIELDS = List.of("name", "role", "organisation");
    private static final String WHAT = "engagement.distribution";
    private static final String HINT = "write one '- {name: J. Smith, role: CISO, organisation: Acme Bank plc}' or"
            + " '- J. Smith' per recipient";

    private final YamlNodes nodes;

    DistributionReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The recipients in written order; bad entries are reported and left out. */
    List<Recipient> read(Entry entry) {
        return nodes.records(entry, WHAT, HINT, this::recipient);
    }

    private Optional<Recipient> recipient(Node item, String what) {
        if (!(item instanceof MappingNode)) {
            Optional<String> name = YamlNodes.isNull(item) ? Optional.empty() : nodes.text(item, what);
            if (name.isPresent() && !name.get().isBlank()) {
                return Optional.of(new Recipient(name.get().strip(), "", ""));
            }
            if (YamlNodes.isNull(item) || name.isPresent()) {
                nodes.error(item, what + " is empty", HINT);
            }
            return Optional.empty();
        }
        Optional<Map<String, Entry>> mapping = nodes.mapping(item, what);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entry> fields = mapping.get();
        nodes.checkKeys(fields, FIELDS, what);
        String name = field(fields, "name", what);
        if (name.isBlank()) {
            nodes.error(fields.containsKey("name") ? fields.get("name").value() : item, what + " has no name",
                    "add name: with the recipient's name");
            return Optional.empty();
        }
        return Optional.of(new Recipient(name, field(fields, "role", what), field(fields, "organisation", what)));
    }

    private String field(Map<String, Entry> fields, String name, String what) {
        Entry entry = fields.get(name);
        return entry == null ? "" : nodes.text(entry.value(), what + "." + name).orElse("").strip();
    }
}

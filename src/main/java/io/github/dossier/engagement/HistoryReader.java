package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code engagement.history}: the versions of the document, one mapping each with
 * {@code version} (required), {@code date}, {@code author} and {@code changes}. Entries are named
 * {@code engagement.history[i]} in messages, counting from 0.
 */
final class HistoryReader {

    static final List<String> FIELDS = List.of("version", "date", "author", "changes");
    private static final String WHAT = "engagement.history";
    private static final String HINT = "write one '- {version: \"1.0\", date: 2026-11-20, author: A. Tester,"
            + " changes: First issue}' per version";

    private final YamlNodes nodes;

    HistoryReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The versions in written order; bad entries are reported and left out. */
    List<Revision> read(Entry entry) {
        return nodes.records(entry, WHAT, HINT, this::revision);
    }

    private Optional<Revision> revision(Node item, String what) {
        if (YamlNodes.isNull(item)) {
            nodes.error(item, what + " is empty", HINT);
            return Optional.empty();
        }
        Optional<Map<String, Entry>> mapping = nodes.mapping(item, what);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entry> fields = mapping.get();
        nodes.checkKeys(fields, FIELDS, what);
        Entry version = fields.get("version");
        Optional<String> text = version == null ? Optional.empty() : nodes.text(version.value(), what + ".version");
        if (text.isEmpty() || text.get().isBlank()) {
            if (version == null || YamlNodes.isNull(version.value()) || text.isPresent()) {
                nodes.error(version == null ? item : version.value(), what + " has no version",
                        "add version: with the document version this row describes");
            }
            return Optional.empty();
        }
        return Optional.of(new Revision(text.get(), field(fields, "date", what), field(fields, "author", what),
                field(fields, "changes", what)));
    }

    private String field(Map<String, Entry> fields, String name, String what) {
        Entry entry = fields.get(name);
        return entry == null ? "" : nodes.text(entry.value(), what + "." + name).orElse("");
    }
}

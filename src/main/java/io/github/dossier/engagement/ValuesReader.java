package io.github.dossier.engagement;

import io.github.dossier.io.ProjectPaths;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Suggestions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code values:} mapping (engagement-wide or a finding's): slot names, choices and
 * editorial texts to a text, an image, a file or a bullet list. Each value's location is its
 * key, so messages point at the {@code URL:} the writer looks for.
 */
final class ValuesReader {

    private static final List<String> BLOCK_KEYS = List.of("image", "caption", "file", "lang");
    private static final String BLOCK_FORMS = "write {image: path, caption: text} or {file: path, lang: name}";

    private final YamlNodes nodes;
    private final ProjectPaths paths;
    private final Path descriptorFolder;

    ValuesReader(YamlNodes nodes, ProjectPaths paths, Path descriptorFolder) {
        this.nodes = nodes;
        this.paths = paths;
        this.descriptorFolder = descriptorFolder;
    }

    /** The values in written order; bad entries are reported and kept as {@link Value.Rejected}. */
    Map<String, Value> read(Node node, String what) {
        Map<String, Value> values = new LinkedHashMap<>();
        nodes.mapping(node, what).ifPresent(entries -> entries.values().forEach(entry -> values.put(entry.key(),
                value(entry, what).orElseGet(() -> new Value.Rejected(nodes.at(entry.keyNode()))))));
        return values;
    }

    private Optional<Value> value(Entry entry, String what) {
        Location at = nodes.at(entry.keyNode());
        Node node = entry.value();
        if (entry.key().isEmpty()) {
            nodes.error(entry.keyNode(), "a value in " + what + " has an empty name",
                    "write the slot name, choice or editorial text it replaces");
            return Optional.empty();
        }
        if (YamlNodes.isNull(node)) {
            nodes.error(entry.keyNode(), "no value for " + entry.key(), "write \"\" to drop an editorial text");
            return Optional.empty();
        }
        if (!nodes.visit(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            nodes.warnHidden(node, scalar.getValue(), "the value of " + entry.key());
            return Optional.of(new Value.Text(scalar.getValue(), at));
        }
        if (node instanceof SequenceNode sequence) {
            return bullets(entry.key(), sequence, at);
        }
        return block(entry.key(), (MappingNode) node, at, what + "." + entry.key());
    }

    private Optional<Value> bullets(String key, SequenceNode sequence, Location at) {
        List<String> items = new ArrayList<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            if (!YamlNodes.isNull(item) && !nodes.visit(item)) {
                ok = false;
            } else if (item instanceof ScalarNode scalar && !YamlNodes.isNull(item)) {
                nodes.warnHidden(item, scalar.getValue(), "an item of the list " + key);
                items.add(scalar.getValue());
            } else {
                ok = false;
                nodes.error(item, "items of the list " + key + " must be plain text",
                        "write one line of text per '- ' item; nested lists and mappings are not supported");
            }
        }
        return ok ? Optional.of(new Value.Bullets(items, at)) : Optional.empty();
    }

    /** {@code {image: …, caption: …}} or {@code {file: …, lang: …}}. */
    private Optional<Value> block(String key, MappingNode node, Location at, String what) {
        Optional<Map<String, Entry>> read = nodes.mapping(node, what);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Entry> entries = read.get();
        boolean image = entries.containsKey("image");
        boolean file = entries.containsKey("file");
        if (image && file) {
            nodes.error(node, key + " is both an image and a file", "give it either image: or file:, not both");
        } else if (image) {
            nodes.checkKeys(entries, List.of("image", "caption"), what);
            return path(entries.get("image"), what).map(p -> new Value.Image(p.written, p.resolved,
                    optionalText(entries.get("caption"), what + ".caption"), at));
        } else if (file) {
            nodes.checkKeys(entries, List.of("file", "lang"), what);
            return path(entries.get("file"), what).map(p -> new Value.File(p.written, p.resolved,
                    optionalText(entries.get("lang"), what + ".lang"), at));
        } else if (!reportUnknown(entries, what)) {
            nodes.error(node, key + " needs an image or a file", BLOCK_FORMS);
        }
        return Optional.empty();
    }

    /** Reports keys that are none of the block keys; true when there was one. */
    private boolean reportUnknown(Map<String, Entry> entries, String what) {
        boolean any = false;
        for (Entry entry : entries.values()) {
            if (!BLOCK_KEYS.contains(entry.key())) {
                any = true;
                nodes.error(entry.keyNode(), "unknown key '" + entry.key() + "' in " + what,
                        Suggestions.didYouMean(entry.key(), BLOCK_KEYS, BLOCK_FORMS));
            }
        }
        return any;
    }

    private record EvidencePath(String written, Path resolved) {
    }

    private Optional<EvidencePath> path(Entry entry, String what) {
        String field = what + "." + entry.key();
        if (YamlNodes.isNull(entry.value())) {
            nodes.error(entry.value(), field + " has no path", "write the path relative to the descriptor");
            return Optional.empty();
        }
        return nodes.text(entry.value(), field).flatMap(written -> paths
                .evidence(written, descriptorFolder, nodes.at(entry.value()), nodes.problems())
                .map(resolved -> new EvidencePath(written, resolved)));
    }

    /** A caption or language; empty when not given, so renderers need no null checks. */
    private String optionalText(Entry entry, String what) {
        return entry == null ? "" : nodes.text(entry.value(), what).orElse("");
    }
}

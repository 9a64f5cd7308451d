package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code engagement.previous}, {@code engagement.retest} and the top-level {@code removed:}
 * mapping of keys to reasons.
 */
final class VersionsReader {

    private static final String REMOVED_HINT = "write removed: {key: \"where it went\"}, one entry per finding of"
            + " the previous version that this version leaves out";

    private final YamlNodes nodes;

    VersionsReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * @param engagement the {@code engagement:} pair, or null
     * @param removed the {@code removed:} pair, or null
     */
    Versions read(Entry engagement, Entry removed) {
        Entry previous = field(engagement, "previous");
        Entry retest = field(engagement, "retest");
        String written = previous == null ? "" : nodes.text(previous.value(), "engagement.previous").orElse("");
        boolean isRetest = retest != null && nodes.bool(retest.value(), "engagement.retest").orElse(false);
        Map<String, Versions.Removal> reasons = removed == null ? Map.of() : removals(removed);
        Location removedAt = removed == null ? null : nodes.at(removed.keyNode());
        if (written.isBlank()) {
            if (isRetest) {
                nodes.error(retest.value(), "engagement.retest needs the version it retests",
                        "add engagement.previous: with the previous version's findings.json (coordinates or a path)");
            }
            if (!reasons.isEmpty()) {
                nodes.problems().error(removedAt, "removed: lists findings of a previous version, but the"
                        + " engagement names none", "add engagement.previous: or remove removed:");
            }
        }
        return new Versions(written, previous == null ? null : nodes.at(previous.value()), isRetest,
                retest == null ? null : nodes.at(retest.value()), reasons);
    }

    private Map<String, Versions.Removal> removals(Entry removed) {
        Map<String, Versions.Removal> reasons = new LinkedHashMap<>();
        if (YamlNodes.isNull(removed.value())) {
            return reasons;
        }
        Optional<Map<String, Entry>> mapping = nodes.mapping(removed.value(), "removed");
        if (mapping.isEmpty()) {
            return reasons;
        }
        for (Entry e : mapping.get().values()) {
            Optional<String> reason = nodes.text(e.value(), "removed." + e.key());
            if (reason.isPresent() && !reason.get().isBlank()) {
                reasons.put(e.key(), new Versions.Removal(reason.get().strip(), nodes.at(e.keyNode())));
            } else if (reason.isPresent() || YamlNodes.isNull(e.value())) {
                nodes.error(e.value(), "removed." + e.key() + " gives no reason", REMOVED_HINT);
            }
        }
        return reasons;
    }

    /** A field of the engagement mapping, or null (the section's own reader reports its shape). */
    private static Entry field(Entry engagement, String name) {
        if (engagement == null || !(engagement.value() instanceof MappingNode mapping)) {
            return null;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return new Entry(name, key, tuple.getValueNode());
            }
        }
        return null;
    }
}

package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads structured front matter values (composed SnakeYAML nodes) as data, reporting each
 * mismatch where it is written in the template; remembers whether any was reported.
 */
final class FrontMatterNodes {

    private final Location origin;
    private final Problems problems;
    private boolean ok = true;

    FrontMatterNodes(Location origin, Problems problems) {
        this.origin = origin;
        this.problems = problems;
    }

    /** Whether nothing was reported so far. */
    boolean ok() {
        return ok;
    }

    /** The pairs of a mapping by key, unknown keys reported and left out; null when not a mapping. */
    /** A mapping's entries by key; {@code keys} lists the allowed ones, or null for any. */
    Map<String, Node> mapping(Node node, String what, List<String> keys, String hint) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " must be a mapping", hint);
            return null;
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        Map<String, Location> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (FrontMatterParser.isDuplicate(key, FrontMatterParser.at(origin, tuple.getKeyNode().getStartMark()),
                    seen, what, problems)) {
                ok = false;
            } else if (keys != null && !keys.contains(key)) {
                error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what,
                        Suggestions.didYouMean(key, keys, "allowed keys: " + String.join(", ", keys)));
            } else {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    String scalar(Node node, String what) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        error(node, what + " must be a single value", "write " + what.substring(what.lastIndexOf('.') + 1)
                + ": value");
        return null;
    }

    /** A list of scalars, or one scalar as a list; null after an error or when absent. */
    List<String> texts(Node node, String what) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(node, what + " must be a list", "write [a, b]");
            return null;
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = scalar(item, what);
            if (text != null) {
                items.add(text.strip());
            }
        }
        return items;
    }

    void error(Node node, String message, String hint) {
        ok = false;
        problems.error(FrontMatterParser.at(origin, node.getStartMark()), message, hint);
    }
}

package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Printable;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads composed SnakeYAML nodes as descriptor data: scalars are taken as the text written, and
 * every type mismatch is reported as a located problem instead of thrown. Also the one place
 * that counts visited nodes, so aliases cannot make a walk explode, and that rejects tags.
 */
final class YamlNodes {

    /**
     * Nodes a walk may visit beyond one per character of the document. A document without aliases
     * cannot hold more nodes than characters, so only alias expansion ever reaches the limit, and
     * large descriptors (10,000 findings) stay well inside it.
     */
    static final int SPARE_NODES = 100_000;

    private final String file;
    private final Problems problems;
    private int visited;
    private int limit = SPARE_NODES;

    /** One {@code key: value} pair of a mapping. */
    record Entry(String key, Node keyNode, Node value) {
    }

    /** Thrown when a walk visits more than {@link #limit()} nodes; ends the load. */
    static final class TooManyNodes extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Location location;

        TooManyNodes(Location location) {
            super("too many nodes", null, false, false);
            this.location = location;
        }
    }

    /** Sets the limit for a document of {@code characters} characters. */
    void limitFor(int characters) {
        limit = SPARE_NODES + characters;
    }

    int limit() {
        return limit;
    }

    YamlNodes(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** The whole descriptor, for problems without a line. */
    Location fileLocation() {
        return Location.of(file);
    }

    /** Where a node starts, 1-based (SnakeYAML marks are 0-based). */
    Location at(Node node) {
        return at(node.getStartMark());
    }

    Location at(Mark mark) {
        return mark == null ? fileLocation() : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    void error(Node node, String message, String hint) {
        problems.error(at(node), message, hint);
    }

    /**
     * Counts a node against the budget and rejects explicit tags. Returns false when the node
     * carries a tag and must not be used.
     */
    boolean visit(Node node) {
        if (++visited > limit) {
            throw new TooManyNodes(at(node));
        }
        if (YamlTags.isExplicit(node)) {
            error(node, "tags such as '" + YamlTags.shortName(node.getTag()) + "' are not allowed",
                    "remove the tag: the descriptor is plain data; quote a value to keep it as text");
            return false;
        }
        return true;
    }

    /** An empty value: {@code key:}, {@code ~} or {@code null}, unquoted. */
    static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /**
     * The pairs of a mapping in written order, keyed by the key's text. An empty value counts as
     * an empty mapping. Non-text keys and duplicate keys are reported and left out.
     */
    Optional<Map<String, Entry>> mapping(Node node, String what) {
        if (isNull(node)) {
            return Optional.of(Map.of());
        }
        if (!visit(node)) {
            return Optional.empty();
        }
        if (!(node instanceof MappingNode mapping)) {
            error(node, what + " must be a mapping", "write 'name: value' lines indented under it");
            return Optional.empty();
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            keyText(tuple.getKeyNode(), what).ifPresent(key -> add(entries, new Entry(key, tuple.getKeyNode(),
                    tuple.getValueNode()), what));
        }
        return Optional.of(entries);
    }

    private Optional<String> keyText(Node keyNode, String what) {
        if (!visit(keyNode)) {
            return Optional.empty();
        }
        if (keyNode instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        error(keyNode, "keys in " + what + " must be plain text", "write the key as a single word or a quoted text");
        return Optional.empty();
    }

    private void add(Map<String, Entry> entries, Entry entry, String what) {
        Entry first = entries.get(entry.key());
        if (first == null) {
            entries.put(entry.key(), entry);
            return;
        }
        error(entry.keyNode(), "duplicate key '" + entry.key() + "' in " + what + " (the first is on line "
                + at(first.keyNode()).line() + ")", "keep only one of them");
    }

    /** Reports every key not in {@code allowed}, with a "did you mean" where one is near. */
    void checkKeys(Map<String, Entry> entries, Collection<String> allowed, String what) {
        for (Entry entry : entries.values()) {
            if (!allowed.contains(entry.key())) {
                error(entry.keyNode(), "unknown key '" + entry.key() + "' in " + what,
                        Suggestions.didYouMean(entry.key(), allowed, "allowed keys: " + String.join(", ", allowed)));
            }
        }
    }

    /** A scalar's text as written; empty without a problem when the value is empty ({@code ~}). */
    Optional<String> text(Node node, String what) {
        if (isNull(node) || !visit(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            warnHidden(node, scalar.getValue(), what);
            return Optional.of(scalar.getValue());
        }
        error(node, what + " must be a string", "write a single value; quote it if it contains ': ' or ' #'");
        return Optional.empty();
    }

    /**
     * Warns when a text holds a character that does not show as itself: a control character, a
     * bidi override, a zero-width character. It reaches the report and can make it read
     * differently from what the writer sees in the descriptor.
     */
    void warnHidden(Node node, String text, String what) {
        Printable.firstSuspicious(text).ifPresent(i -> problems.warning(at(node), what + " holds "
                + Printable.describe(text.codePointAt(i)) + " at character " + (text.codePointCount(0, i) + 1)
                + ", which does not show as itself and can hide or reorder text",
                "remove it, or retype the text; it is shown escaped here"));
    }

    /** A list of strings, or a single string as a one-item list; an empty value is an empty list. */
    Optional<List<String>> texts(Node node, String what) {
        if (isNull(node)) {
            return Optional.of(List.of());
        }
        if (!visit(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            warnHidden(node, scalar.getValue(), what);
            return Optional.of(List.of(scalar.getValue()));
        }
        if (node instanceof SequenceNode sequence) {
            return textItems(sequence, what);
        }
        error(node, what + " must be a list of strings", "write [a, b] or one '- item' per line");
        return Optional.empty();
    }

    /**
     * The items of a list of records ({@code what} must be a list, told with {@code hint}), each
     * read by {@code item} with its place {@code what[i]}, counting from 0; items it reports and
     * leaves out are skipped. An absent or empty value is an empty list.
     */
    <T> List<T> records(Entry entry, String what, String hint, BiFunction<Node, String, Optional<T>> item) {
        List<T> records = new ArrayList<>();
        if (entry == null || isNull(entry.value()) || !visit(entry.value())) {
            return records;
        }
        if (!(entry.value() instanceof SequenceNode sequence)) {
            error(entry.value(), what + " must be a list", hint);
            return records;
        }
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
            item.apply(items.get(i), what + "[" + i + "]").ifPresent(records::add);
        }
        return records;
    }

    /** The items of a list that must all be text; each offending item is reported where it is. */
    private Optional<List<String>> textItems(SequenceNode sequence, String what) {
        List<String> items = new ArrayList<>();
        boolean ok = true;
        for (Node item : sequence.getValue()) {
            if (!isNull(item) && !visit(item)) {
                ok = false;
            } else if (item instanceof ScalarNode scalar && !isNull(item)) {
                warnHidden(item, scalar.getValue(), what);
                items.add(scalar.getValue());
            } else {
                ok = false;
                error(item, what + " must be a list of strings", "write [a, b] or one '- item' per line");
            }
        }
        return ok ? Optional.of(items) : Optional.empty();
    }

    /**
     * {@code true} or {@code false} in any case; YAML 1.1's yes/no/on/off are refused as
     * ambiguous. An empty value is no value, without a problem.
     */
    Optional<Boolean> bool(Node node, String what) {
        Optional<String> text = text(node, what);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.get().toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Optional.of(lower.equals("true"));
        }
        error(node, what + " must be true or false", "write true or false instead of '" + text.get() + "'");
        return Optional.empty();
    }
}

package io.github.dossier.authoring;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Adds a finding to a descriptor by inserting text after the last entry of {@code findings:},
 * leaving every other byte of the file as it was (comments, order, quoting, line breaks). The
 * YAML is only read to find where the list ends; it is never written back from a model.
 */
public final class DescriptorAppender {

    private final String text;
    private final String display;
    private final String newline;
    private final List<String> lines;

    /**
     * @param text the descriptor's text as read (a byte-order mark and CRLF line breaks are kept)
     * @param display the descriptor's name in messages
     */
    public DescriptorAppender(String text, String display) {
        this.text = text;
        this.display = display;
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.lines = List.of(text.split("\n", -1));
    }

    /** The keys (and template names) the descriptor's findings already use, to keep a new key unique. */
    public Set<String> usedNames() {
        Set<String> used = new HashSet<>();
        findings().filter(n -> n instanceof SequenceNode).ifPresent(seq -> {
            for (Node item : ((SequenceNode) seq).getValue()) {
                if (item instanceof ScalarNode s) {
                    used.add(s.getValue());
                } else if (item instanceof MappingNode m) {
                    m.getValue().stream().filter(t -> t.getValueNode() instanceof ScalarNode)
                            .filter(t -> key(t).equals("key") || key(t).equals("template"))
                            .forEach(t -> used.add(((ScalarNode) t.getValueNode()).getValue()));
                }
            }
        });
        return used;
    }

    /**
     * The descriptor with the entry inserted.
     *
     * @param entry the entry's lines for a list item at the given indent
     * @throws InvalidInputException when the descriptor is not YAML or {@code findings} cannot take it
     */
    public String append(Function<String, List<String>> entry) {
        MappingNode root = root();
        NodeTuple findings = root.getValue().stream().filter(t -> key(t).equals("findings")).findFirst().orElse(null);
        if (findings == null) {
            String tail = text.isEmpty() || text.endsWith("\n") ? "" : newline;
            return text + tail + "findings:" + newline + join(entry.apply("  ")) + newline;
        }
        Node value = findings.getValueNode();
        int keyLine = findings.getKeyNode().getStartMark().getLine();
        String indent = " ".repeat(findings.getKeyNode().getStartMark().getColumn() + 2);
        if (value instanceof SequenceNode seq && !seq.getValue().isEmpty()
                && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
            return insertAfterLine(lastLine(seq), entry.apply(" ".repeat(seq.getStartMark().getColumn())));
        }
        if (value instanceof ScalarNode scalar && scalar.getValue().isEmpty()
                && scalar.getStartMark().getLine() == keyLine) {
            return insertAfterLine(keyLine, entry.apply(indent));
        }
        if (value instanceof SequenceNode seq && seq.getValue().isEmpty() && onOneLine(seq, keyLine)) {
            String line = lines.get(keyLine);
            int open = line.indexOf('[', line.indexOf(':'));
            int close = line.indexOf(']', open);
            String withoutList = line.substring(0, open).stripTrailing() + line.substring(close + 1);
            List<String> copy = new ArrayList<>(lines);
            copy.set(keyLine, withoutList.endsWith("\r") || !line.endsWith("\r") ? withoutList : withoutList + "\r");
            return new DescriptorAppender(String.join("\n", copy), display).insertAfterLine(keyLine,
                    entry.apply(indent));
        }
        throw refuse(findings.getKeyNode(), "findings is not a block list that a finding can be appended to",
                "write findings: with one '- template: …' entry per line");
    }

    private String insertAfterLine(int line, List<String> entry) {
        int offset = 0;
        for (int i = 0; i <= line && i < lines.size(); i++) {
            offset += lines.get(i).length() + 1;
        }
        String before = offset > text.length() ? text + newline : text.substring(0, offset);
        String after = offset > text.length() ? "" : text.substring(offset);
        return before + join(entry) + newline + after;
    }

    /** The last line holding content of the list: where its deepest, latest scalar ends. */
    private int lastLine(Node node) {
        if (node instanceof ScalarNode) {
            // a block scalar ends at the start of a line after its text, past any blank lines it keeps
            int line = node.getEndMark().getColumn() == 0 ? node.getEndMark().getLine() - 1
                    : node.getEndMark().getLine();
            while (line > node.getStartMark().getLine() && line < lines.size() && lines.get(line).isBlank()) {
                line--;
            }
            return line;
        }
        int last = node.getStartMark().getLine();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                last = Math.max(last, lastLine(item));
            }
        } else if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                last = Math.max(last, Math.max(lastLine(t.getKeyNode()), lastLine(t.getValueNode())));
            }
        }
        return node instanceof ScalarNode ? last : Math.max(last, flowEnd(node));
    }

    /** A flow collection ({@code [a, b]}, {@code {k: v}}) ends on the line of its closing bracket. */
    private static int flowEnd(Node node) {
        boolean flow = node instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                || node instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        return flow ? node.getEndMark().getLine() : -1;
    }

    private static boolean onOneLine(Node node, int line) {
        return node.getStartMark().getLine() == line && node.getEndMark().getLine() == line;
    }

    private java.util.Optional<Node> findings() {
        return root().getValue().stream().filter(t -> key(t).equals("findings")).map(NodeTuple::getValueNode)
                .findFirst();
    }

    private MappingNode root() {
        Node root;
        try {
            String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
            root = yaml.isBlank() ? null : yaml().compose(new StringReader(yaml));
        } catch (RuntimeException e) {
            throw new InvalidInputException(display + " is not valid YAML", List.of(Problem.error(
                    Location.of(display), "the descriptor cannot be read: " + e.getMessage().replace('\n', ' '),
                    "fix it (mvn dossier:check) before adding findings")));
        }
        if (root == null) {
            return new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw refuse(root, "the descriptor is not a mapping", "start it with engagement: and findings:");
        }
        return mapping;
    }

    private InvalidInputException refuse(Node at, String message, String hint) {
        Location location = new Location(display, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1);
        return new InvalidInputException(message, List.of(Problem.error(location, message, hint)));
    }

    private String join(List<String> entry) {
        return String.join(newline, entry);
    }

    private static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(8 * 1024 * 1024);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options);
    }
}

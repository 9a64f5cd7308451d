package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.scan.ScanRule;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a template's front matter with SnakeYAML's safe loader, composing nodes so that every
 * value keeps its line and column. Values stay the text as written ({@code 4} stays "4").
 */
final class FrontMatterParser {

    private static final Pattern SINGLE_HIGHLIGHT = Pattern.compile("\\{==\\s*([^{}]*?)\\s*==}");

    private FrontMatterParser() {
    }

    /**
     * @param yaml the text between the {@code ---} lines
     * @param origin where that text starts in the template file
     */
    static FrontMatter parse(String yaml, Location origin, Problems problems) {
        if (yaml.isBlank()) {
            return FrontMatter.empty(origin);
        }
        Node root;
        try {
            root = newYaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.error(at(origin, mark), "front matter is not valid YAML: " + e.getProblem(),
                    "fix the YAML between the --- lines");
            return FrontMatter.empty(origin);
        } catch (RuntimeException e) {
            problems.error(origin, "front matter cannot be read: " + e.getMessage(),
                    "fix the YAML between the --- lines");
            return FrontMatter.empty(origin);
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.error(origin, "front matter must be a mapping of keys to values", "write key: value lines");
            return FrontMatter.empty(origin);
        }
        return read(mapping, yaml, origin, problems);
    }

    private static FrontMatter read(MappingNode mapping, String yaml, Location origin, Problems problems) {
        FrontMatter.Field category = null;
        FrontMatter.Field cvss = null;
        boolean external = false;
        String comment = "";
        String generation = "";
        ScanRule scan = null;
        Map<String, String> metadata = new LinkedHashMap<>();
        Map<String, Location> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
            if (isDuplicate(key, at(origin, tuple.getKeyNode().getStartMark()), seen, "the front matter", problems)) {
                continue;
            }
            Node value = tuple.getValueNode();
            Location location = at(origin, value.getStartMark());
            String text = value instanceof ScalarNode s ? s.getValue() : source(yaml, value);
            switch (key) {
                case "category" -> category = field(text, value, location, "category", problems);
                case "cvss" -> cvss = field(text, value, location, "cvss", problems);
                case "report_on_external_network_test" -> external = bool(text, value, location, problems);
                case "comment" -> comment = text;
                case "generation" -> generation = text;
                case "scan" -> scan = new ScanRuleReader(origin, problems).read(tuple.getKeyNode(), value)
                        .orElse(null);
                default -> metadata.put(key, text);
            }
        }
        return new FrontMatter(category, cvss, external, comment, generation, scan, metadata, origin);
    }

    /**
     * Whether {@code key} was seen before in the same mapping, reported at the second one. YAML
     * forbids duplicate keys, and taking either silently would change a score without a word.
     */
    static boolean isDuplicate(String key, Location at, Map<String, Location> seen, String where,
            Problems problems) {
        Location first = seen.putIfAbsent(key, at);
        if (first == null) {
            return false;
        }
        problems.error(at, "duplicate key '" + key + "' in " + where + " (the first is on line " + first.line() + ")",
                "keep only one of them");
        return true;
    }

    private static FrontMatter.Field field(String text, Node node, Location location, String key, Problems problems) {
        if (!(node instanceof ScalarNode)) {
            problems.error(location, key + " must be a single value", "write " + key + ": \"...\"");
            return null;
        }
        Matcher m = SINGLE_HIGHLIGHT.matcher(text.strip());
        return new FrontMatter.Field(text.strip(), m.matches() ? m.group(1) : null, location);
    }

    private static boolean bool(String text, Node node, Location location, Problems problems) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (node instanceof ScalarNode && (t.equals("true") || t.equals("false"))) {
            return t.equals("true");
        }
        problems.error(location, "report_on_external_network_test must be true or false, not '" + text + "'",
                "write true or false");
        return false;
    }

    /** The YAML text of a non-scalar value, as written. */
    private static String source(String yaml, Node node) {
        int start = node.getStartMark().getIndex();
        int end = node.getEndMark().getIndex();
        return start >= 0 && end <= yaml.length() && start <= end ? yaml.substring(start, end).stripTrailing() : "";
    }

    static Location at(Location origin, Mark mark) {
        if (mark == null) {
            return origin;
        }
        return new Location(origin.file(), origin.line() + mark.getLine(), mark.getColumn() + 1);
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1024 * 1024);
        options.setAllowRecursiveKeys(false);
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }
}

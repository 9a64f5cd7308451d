package io.github.dossier.engagement;

import io.github.dossier.io.ProjectPaths;

import io.github.dossier.engagement.Engagement.Library;
import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import io.github.dossier.risk.RiskMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a composed descriptor's top level and hands each section to its reader. */
final class DescriptorReader {

    static final List<String> KEYS = List.of("engagement", "libraries", "values", "findings", "riskMatrix", "scans",
            "generate", "sections", "removed");
    static final String DEFAULT_LIBRARY = "src/findings";

    private static final String LIST_HINT = "write [src/findings] or one '- folder' per line";

    private final Path descriptor;
    private final YamlNodes nodes;
    private final ProjectPaths paths;
    private final boolean defaultLibrary;
    /** Whether every {@code libraries} entry was accepted. */
    private boolean librariesComplete = true;

    DescriptorReader(Path descriptor, YamlNodes nodes, ProjectPaths paths, boolean defaultLibrary) {
        this.descriptor = descriptor;
        this.nodes = nodes;
        this.paths = paths;
        this.defaultLibrary = defaultLibrary;
    }

    /** The engagement, or empty when the top level is not a mapping (reported). */
    Optional<Engagement> read(Node root) {
        if (YamlNodes.isNull(root)) {
            // "---" followed by nothing, or a lone "~": as empty as an empty file.
            nodes.problems().error(nodes.fileLocation(), DescriptorSource.EMPTY, DescriptorSource.EMPTY_HINT);
            return Optional.empty();
        }
        if (!(root instanceof MappingNode)) {
            if (nodes.visit(root)) {
                nodes.error(root, "the descriptor must be a mapping",
                        "start with engagement: at the left margin, followed by libraries:, values: and findings:");
            }
            return Optional.empty();
        }
        return nodes.mapping(root, "the descriptor").map(top -> engagement(root, top));
    }

    private Engagement engagement(Node root, Map<String, Entry> top) {
        nodes.checkKeys(top, KEYS, "the descriptor");
        Location start = nodes.at(root);
        EngagementInfo info = new EngagementInfoReader(nodes).read(top.get("engagement"), start);
        List<Library> libraries = libraries(top.get("libraries"));
        ValuesReader valuesReader = new ValuesReader(nodes, paths, descriptor.getParent());
        Map<String, Value> values = top.containsKey("values")
                ? valuesReader.read(top.get("values").value(), "values") : Map.of();
        List<FindingSpec> findings = List.of();
        Entry findingsEntry = top.get("findings");
        if (findingsEntry == null) {
            nodes.problems().error(start, "the descriptor has no findings list",
                    "add findings: with one '- template: …' per finding");
        } else {
            findings = new FindingsReader(nodes, valuesReader)
                    .read(findingsEntry.value(), nodes.at(findingsEntry.keyNode()));
        }
        RiskMatrix matrix = top.containsKey("riskMatrix")
                ? new RiskMatrixReader(nodes).read(top.get("riskMatrix").value()) : RiskMatrix.standard();
        ReportSections sections = top.containsKey("sections")
                ? new SectionsReader(nodes, valuesReader).read(top.get("sections").value()) : ReportSections.none();
        Versions versions = new VersionsReader(nodes).read(top.get("engagement"), top.get("removed"));
        return new Engagement(descriptor, info, libraries, values, findings, matrix, scans(top), sections,
                engagementOptions(top.get("engagement")), librariesComplete, versions);
    }

    /** {@code engagement.options}: decisions by label for every finding (SPEC §1.4). */
    private Map<String, OptionChoice> engagementOptions(Entry engagement) {
        if (engagement == null || !(engagement.value() instanceof MappingNode mapping)) {
            return Map.of();
        }
        for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("options")) {
                return new OptionsReader(nodes).read(tuple.getValueNode(), "engagement.options").orElse(Map.of());
            }
        }
        return Map.of();
    }

    /** {@code scans:} (paths relative to the descriptor) and {@code generate:}. */
    private Engagement.Scans scans(Map<String, Entry> top) {
        List<Engagement.ScanFile> files = new ArrayList<>();
        Entry scans = top.get("scans");
        if (scans != null) {
            nodes.texts(scans.value(), "scans").ifPresent(list -> {
                List<Node> items = scans.value() instanceof SequenceNode s ? s.getValue() : List.of(scans.value());
                for (int i = 0; i < list.size(); i++) {
                    String written = list.get(i);
                    Location at = nodes.at(items.get(i));
                    paths.scan(written, descriptor.getParent(), at, nodes.problems())
                            .ifPresent(p -> files.add(new Engagement.ScanFile(written, p, at)));
                }
            });
        }
        Entry generate = top.get("generate");
        boolean on = generate != null && nodes.bool(generate.value(), "generate").orElse(false);
        return new Engagement.Scans(files, on, generate == null ? null : nodes.at(generate.value()));
    }

    /** The template roots as written; absent or empty means {@value #DEFAULT_LIBRARY}. */
    private List<Library> libraries(Entry entry) {
        if (entry == null || YamlNodes.isNull(entry.value())) {
            return defaultLibrary ? defaultLibrary() : List.of();
        }
        Node node = entry.value();
        if (node instanceof ScalarNode) {
            return library(node).stream().toList();
        }
        if (!nodes.visit(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            nodes.error(node, "libraries must be a list of strings", LIST_HINT);
            librariesComplete = false;
            return List.of();
        }
        List<Library> libraries = new ArrayList<>();
        sequence.getValue().forEach(item -> library(item).ifPresent(libraries::add));
        return libraries;
    }

    private Optional<Library> library(Node item) {
        Optional<Library> library = Optional.empty();
        if (!(item instanceof ScalarNode) || YamlNodes.isNull(item)) {
            if (YamlNodes.isNull(item) || nodes.visit(item)) {
                nodes.error(item, "libraries must be a list of strings", LIST_HINT);
            }
        } else {
            Location at = nodes.at(item);
            library = nodes.text(item, "libraries").flatMap(written -> Library.of(written, at, paths, nodes.problems()));
        }
        librariesComplete &= library.isPresent();
        return library;
    }

    private List<Library> defaultLibrary() {
        Path root = paths.root().resolve(DEFAULT_LIBRARY);
        Location at = nodes.fileLocation();
        if (!Files.isDirectory(root)) {
            nodes.problems().error(at, "library folder not found",
                    "create " + DEFAULT_LIBRARY + " or list your template folders under libraries:");
            librariesComplete = false;
            return List.of();
        }
        return paths.library(DEFAULT_LIBRARY, at, nodes.problems())
                .map(p -> List.of(new Library(DEFAULT_LIBRARY, p, at))).orElse(List.of());
    }
}

package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML text into SnakeYAML nodes, never constructing Java objects, with every limit a
 * hostile or broken file could exceed bounded. Failures become located problems.
 */
final class YamlComposer {

    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 40;

    private final YamlNodes nodes;

    YamlComposer(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The document's root node, or empty when the text is not usable YAML or holds nothing (reported). */
    Optional<Node> compose(String text, long maxBytes) {
        LoaderOptions options = options(maxBytes);
        try {
            Node root = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options)
                    .getSingleNode();
            if (root == null) {
                nodes.problems().error(nodes.fileLocation(), DescriptorSource.EMPTY, DescriptorSource.EMPTY_HINT);
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            java.util.Optional<YamlMistakes.Explained> explained = new YamlMistakes(text).explain(e);
            if (explained.isPresent()) {
                YamlMistakes.Explained x = explained.get();
                nodes.problems().error(new Location(nodes.fileLocation().file(), x.line(), x.column()),
                        "not valid YAML: " + x.message(), x.hint());
            } else {
                nodes.problems().error(located(e), "not valid YAML: " + describe(e),
                        "check the indentation, colons and quotes here");
            }
        } catch (ReaderException e) {
            nodes.problems().error(at(text, e.getPosition()),
                    String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
                    "remove it, or write it as an escape in a \"double-quoted\" string");
        } catch (RuntimeException e) {
            // SnakeYAML signals its limits (and a few internal failures) with plain exceptions.
            nodes.problems().error(nodes.fileLocation(), limitMessage(e, maxBytes), limitHint(e));
        }
        return Optional.empty();
    }

    private static LoaderOptions options(long maxBytes) {
        LoaderOptions options = new LoaderOptions();
        // Only constructors act on this; YamlNodes reports duplicates itself, naming both lines.
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        // Characters never outnumber bytes, so this limit only backs up the size check.
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, Math.max(1, maxBytes)));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Only nodes are composed: no constructor ever runs, so no tag can create an object.
        // Letting the composer accept global tags lets YamlNodes report "tags are not allowed" at
        // each one, together with every other problem, rather than stopping at the first.
        options.setTagInspector(tag -> true);
        // "<<: *defaults" merge keys are resolved while composing, so shared values work.
        options.setMergeOnCompose(true);
        return options;
    }

    private Location located(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return nodes.at(mark);
    }

    /** The problem and its context in one line, without SnakeYAML's multi-line snippet. */
    private String describe(MarkedYAMLException e) {
        String problem = oneLine(e.getProblem());
        String context = oneLine(e.getContext());
        if (context.isEmpty()) {
            return problem;
        }
        Mark mark = e.getContextMark();
        String where = mark == null || mark.equals(e.getProblemMark()) ? ""
                : " at line " + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        return problem + " (" + context + where + ")";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Where the code point at {@code codePointIndex} is, 1-based. */
    private Location at(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int[] codePoints = text.codePoints().limit(codePointIndex).toArray();
        for (int c : codePoints) {
            line += c == '\n' ? 1 : 0;
            column = c == '\n' ? 1 : column + 1;
        }
        return new Location(nodes.fileLocation().file(), line, column);
    }

    private static String limitMessage(RuntimeException e, long maxBytes) {
        String message = oneLine(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            return "descriptor uses more than " + MAX_ALIASES + " aliases (*name) of lists and mappings";
        }
        if (message.startsWith("Nesting Depth")) {
            return "descriptor is nested more than " + MAX_NESTING + " levels deep";
        }
        if (message.contains("exceeds the limit")) {
            return "descriptor is over the limit of " + DescriptorSource.describe(maxBytes);
        }
        if (message.startsWith("Recursive key")) {
            return "a key in the descriptor contains itself through an alias";
        }
        return "descriptor could not be read as YAML: " + (message.isEmpty() ? e.getClass().getSimpleName() : message);
    }

    private static String limitHint(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("Number of aliases") || message.startsWith("Recursive key")
                ? "write the repeated parts out instead of using aliases"
                : "simplify the YAML; the descriptor is plain data";
    }
}

package io.github.dossier.spelling;

import io.github.dossier.engagement.Value;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.dossier.template.Node;
import io.github.dossier.template.NodeWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the writer wrote a piece of rendered text: the line and column in a template, counted from
 * the template text's own location, or the place of the word inside a descriptor value (the value's
 * location when the word cannot be found there, as in an escaped or folded value). Text the resolver
 * rewrote after writing it, such as a table's cells, is found by its word in the template's text.
 */
final class SourceLocator {

    /** How far past a value's start a word of it is looked for: a long block value, not the whole file. */
    private static final int SEARCH = 16_384;

    private final ProjectPaths paths;
    private final Map<String, Optional<String>> files = new HashMap<>();

    SourceLocator(ProjectPaths paths) {
        this.paths = paths;
    }

    /**
     * The source of the Markdown at {@code offset}, where {@code word} starts. Text the resolver
     * rewrote after writing it (a table's cells) is looked for in the template's text; empty when
     * it is not there either.
     */
    Optional<Location> locate(RenderedText rendered, int offset, String word) {
        RenderedText.Origin origin = rendered.originAt(offset);
        if (origin == null) {
            return inTemplate(rendered.nodes(), word).or(() -> rendered.rewritten().stream()
                    .filter(v -> v instanceof Value.Text t && wholeWord(word).matcher(t.text()).find()).findFirst()
                    .map(v -> inValue(v, word)));
        }
        if (origin.text() != null) {
            String text = origin.text().text();
            int within = Math.min(Math.max(0, offset - origin.start() + origin.from()), text.length());
            return Optional.of(origin.text().location().advance(text, within));
        }
        return Optional.of(inValue(origin.value(), word));
    }

    /** The first place in the template's text where {@code word} stands as a word. */
    private static Optional<Location> inTemplate(List<Node> nodes, String word) {
        if (word.isBlank()) {
            return Optional.empty();
        }
        Pattern whole = wholeWord(word);
        List<Location> found = new ArrayList<>();
        NodeWalker.walk(nodes, node -> {
            if (found.isEmpty() && node instanceof Node.Text t) {
                Matcher m = whole.matcher(t.text());
                if (m.find()) {
                    found.add(t.location().advance(t.text(), m.start()));
                }
            }
        });
        return found.stream().findFirst();
    }

    private static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
    }

    /** The word's place in the descriptor, searched from the value's start. */
    private Location inValue(Value value, String word) {
        Location at = value.location();
        if (word.isBlank() || at.line() <= 0) {
            return at;
        }
        Optional<String> text = files.computeIfAbsent(at.file(), this::read);
        if (text.isEmpty()) {
            return at;
        }
        int start = indexOf(text.get(), at);
        int found = start < 0 ? -1 : text.get().indexOf(word, start);
        if (found < 0 || found - start > SEARCH) {
            return at;
        }
        return at.advance(text.get().substring(start, found), found - start);
    }

    /** The character index of a 1-based line and column. */
    private static int indexOf(String text, Location at) {
        int index = 0;
        for (int line = 1; line < at.line(); line++) {
            index = text.indexOf('\n', index) + 1;
            if (index == 0) {
                return -1;
            }
        }
        return Math.min(text.length(), index + Math.max(0, at.column() - 1));
    }

    private Optional<String> read(String display) {
        Path file = paths.root().resolve(display).normalize();
        if (!paths.isInside(file) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the value's own location still says where to look
        }
    }
}

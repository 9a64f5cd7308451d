package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.template.Node.Context;
import io.github.dossier.template.Node.Marker;
import io.github.dossier.template.Node.Reading;
import io.github.dossier.template.Node.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Builds the node for a closed highlight from its content, by the rules in {@link Highlights}. */
final class HighlightFactory {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Indentation and an optional list bullet: what may stand before a marker "alone on its line". */
    private static final Pattern LINE_PREFIX = Pattern.compile("[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?");

    private HighlightFactory() {
    }

    /**
     * @param content the text between the delimiters, as written
     * @param segments the parsed content, split at top-level {@code ||}
     * @param before the text on the highlight's line before it
     * @param after the text on the highlight's line after it
     * @param mayBeBlock whether a slot alone on its line is a block slot (not in a table cell)
     */
    static List<Node> create(String content, List<List<Node>> segments, Context context, String before,
            String after, boolean mayBeBlock, Location location) {
        String trimmed = content.strip();
        if (segments.size() > 1) {
            List<List<Node>> alternatives = new ArrayList<>();
            for (List<Node> segment : segments) {
                List<Node> alternative = new ArrayList<>(segment);
                Texts.stripEdges(alternative);
                alternatives.add(alternative);
            }
            return List.of(new Node.Choice(Highlights.choiceKey(trimmed), alternatives, context,
                    "{==" + content + "==}", location));
        }
        int optionText = Highlights.optionTextStart(trimmed);
        if (optionText >= 0) {
            int skip = content.length() - content.stripLeading().length() + optionText;
            return List.of(option(trimmed.substring(optionText), Texts.dropPrefix(segments.get(0), skip),
                    before, after, location));
        }
        String[] alternative = Highlights.alternativeMarker(trimmed);
        if (alternative != null) {
            return List.of(new Marker(Marker.Kind.valueOf(alternative[0]), alternative[1], location));
        }
        if (Highlights.isNote(trimmed)) {
            return List.of(new Node.Note(trimmed, location));
        }
        // XREF tokens are slots already; any other nested markup makes the content more than a name
        boolean plain = !trimmed.contains("{==")
                && segments.get(0).stream().allMatch(n -> n instanceof Text || n instanceof Node.Slot);
        if (plain && Highlights.isSlotName(trimmed)) {
            boolean alone = mayBeBlock && before.isBlank() && after.isBlank();
            return List.of(new Node.Slot(trimmed, alone, context, location));
        }
        String[] possessive = plain ? Highlights.possessiveSlot(trimmed) : null;
        if (possessive != null) {
            return List.of(new Node.Slot(possessive[0], false, context, location),
                    new Text(possessive[1], location));
        }
        // the spec renders an editorial default as "its own text, delimiters removed": no trimming
        return List.of(new Node.Editorial(editorialKey(trimmed), segments.get(0), context,
                WriterInstructions.isInstruction(trimmed), location));
    }

    /** An option marker, its text read as a label or as content (SPEC §1.4). */
    private static Marker option(String text, List<Node> nodes, String before, String after, Location location) {
        List<Node> own = new ArrayList<>(nodes);
        Texts.stripEdges(own);
        boolean alone = LINE_PREFIX.matcher(before).matches() && after.isBlank();
        List<List<Node>> parts = Texts.splitAtSinglePipes(own);
        Reading reading = OptionReadings.read(text, parts.size() > 1, alone, after);
        String label = text.strip();
        if (reading == Reading.CONTENT_CHOICE) {
            parts.forEach(Texts::stripEdges);
            return new Marker(Marker.Kind.OPTION, label, reading, parts, location);
        }
        return new Marker(Marker.Kind.OPTION, label, reading, reading.isContent() ? List.of(own) : List.of(),
                location);
    }

    /** Editorial texts are matched with their whitespace runs collapsed, so line wrapping does not matter. */
    static String editorialKey(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }
}

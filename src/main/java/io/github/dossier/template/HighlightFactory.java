package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.template.Node.Context;
import io.github.dossier.template.Node.Marker;
import io.github.dossier.template.Node.Text;
import java.util.ArrayList;
import java.util.List;

/** Builds the node for a closed highlight from its content, by the rules in {@link Highlights}. */
final class HighlightFactory {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private HighlightFactory() {
    }

    /**
     * @param content the text between the delimiters, as written
     * @param segments the parsed content, split at top-level {@code ||}
     * @param alone whether the highlight stands alone on its line (a block slot if it is a slot)
     */
    static List<Node> create(String content, List<List<Node>> segments, Context context, boolean alone,
            Location location) {
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
        String optionLabel = Highlights.optionLabel(trimmed);
        if (optionLabel != null) {
            return List.of(new Marker(Marker.Kind.OPTION, optionLabel, location));
        }
        String[] alternative = Highlights.alternativeMarker(trimmed);
        if (alternative != null) {
            return List.of(new Marker(Marker.Kind.valueOf(alternative[0]), alternative[1], location));
        }
        if (Highlights.isNote(trimmed)) {
            return List.of(new Node.Note(trimmed, location));
        }
        boolean plain = segments.get(0).stream().allMatch(Text.class::isInstance);
        if (plain && Highlights.isSlotName(trimmed)) {
            return List.of(new Node.Slot(trimmed, alone, context, location));
        }
        String[] possessive = plain ? Highlights.possessiveSlot(trimmed) : null;
        if (possessive != null) {
            return List.of(new Node.Slot(possessive[0], false, context, location),
                    new Text(possessive[1], location));
        }
        // the spec renders an editorial default as "its own text, delimiters removed": no trimming
        return List.of(new Node.Editorial(editorialKey(trimmed), segments.get(0), context, location));
    }

    /** Editorial texts are matched with their whitespace runs collapsed, so line wrapping does not matter. */
    static String editorialKey(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }
}

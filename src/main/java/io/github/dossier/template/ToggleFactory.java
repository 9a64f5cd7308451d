package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Text;
import io.github.dossier.template.Node.Toggle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds a {@link Toggle} from the sides of {@code {plural||singular}}. */
final class ToggleFactory {

    /** Word pairs whose order tells a singular-first toggle: singular → plural. */
    private static final Map<String, String> SINGULAR_TO_PLURAL = Map.ofEntries(
            Map.entry("is", "are"), Map.entry("was", "were"), Map.entry("has", "have"),
            Map.entry("does", "do"), Map.entry("it", "they"), Map.entry("this", "these"),
            Map.entry("that", "those"), Map.entry("its", "their"));

    private ToggleFactory() {
    }

    static Toggle create(List<List<Node>> segments, Location location, Problems lints, OptionGrouper grouper) {
        if (segments.size() > 2) {
            lints.warning(location, "toggle has " + segments.size() + " sides; only the first (plural) and the last"
                    + " (singular) are used", "write {plural||singular} with one ||");
        }
        List<Node> plural = new ArrayList<>(grouper.group(Texts.merge(segments.get(0)), false));
        List<Node> singular = new ArrayList<>(grouper.group(Texts.merge(segments.get(segments.size() - 1)), false));
        dropSeparatorSpaces(plural, singular);
        String p = plainWord(plural);
        String s = plainWord(singular);
        if (p != null && s != null && s.equals(SINGULAR_TO_PLURAL.get(p))) {
            lints.warning(location, "toggle {" + p + "||" + s + "} looks singular-first",
                    "the plural side comes first: {" + s + "||" + p + "}");
        }
        return new Toggle(plural, singular, location);
    }

    /** The side as a lower-case word when it is plain text, else null (nested sides are not linted). */
    private static String plainWord(List<Node> side) {
        if (side.isEmpty()) {
            return "";
        }
        return side.size() == 1 && side.get(0) instanceof Text text ? text.text().strip().toLowerCase(Locale.ROOT)
                : null;
    }

    /** {@code {a || b}}: one space on each side of the separator is formatting, not text. */
    private static void dropSeparatorSpaces(List<Node> plural, List<Node> singular) {
        if (plural.isEmpty() || singular.isEmpty()
                || !(plural.get(plural.size() - 1) instanceof Text left) || !(singular.get(0) instanceof Text right)
                || !left.text().endsWith(" ") || !right.text().startsWith(" ")) {
            return;
        }
        plural.set(plural.size() - 1, Texts.slice(left, 0, left.text().length() - 1));
        singular.set(0, Texts.slice(right, 1, right.text().length()));
        plural.removeIf(n -> n instanceof Text t && t.text().isEmpty());
        singular.removeIf(n -> n instanceof Text t && t.text().isEmpty());
    }
}

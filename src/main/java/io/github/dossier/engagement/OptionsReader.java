package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code options:}: {@code {1: true, AWS: false, 3: 2, 4: software updates}}. Keys are an
 * option's number or label, kept as written; whether they match an option, and whether a text
 * names a part of a content choice, is the renderer's concern.
 */
final class OptionsReader {

    private static final String MESSAGE = "options value must be true, false or the number of an alternative"
            + " (or a part's text, for a content choice)";
    private static final String HINT = "for example {1: true, AWS: false, 3: 2} keeps option 1, drops AWS "
            + "and keeps the second alternative of group 3";
    private static final java.util.regex.Pattern AMBIGUOUS = java.util.regex.Pattern.compile("yes|no|on|off|y|n");

    private final YamlNodes nodes;

    OptionsReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The decisions in written order; bad entries are reported and left out. */
    Optional<Map<String, OptionChoice>> read(Node node, String what) {
        return nodes.mapping(node, what).map(entries -> {
            Map<String, OptionChoice> choices = new LinkedHashMap<>();
            entries.values().forEach(entry -> choice(entry, what).ifPresent(c -> choices.put(entry.key(), c)));
            return choices;
        });
    }

    private Optional<OptionChoice> choice(Entry entry, String what) {
        Location at = nodes.at(entry.keyNode());
        if (entry.key().isBlank()) {
            nodes.error(entry.keyNode(), "an option in " + what + " has an empty name",
                    "name it by its number or its label");
            return Optional.empty();
        }
        Optional<String> text = nodes.text(entry.value(), what + "." + entry.key());
        if (text.isEmpty()) {
            if (YamlNodes.isNull(entry.value())) {
                nodes.error(entry.value(), MESSAGE, HINT);
            }
            return Optional.empty();
        }
        OptionChoice choice = OptionChoice.parse(entry.key(), text.get(), at);
        if (choice == null) {
            nodes.error(entry.value(), MESSAGE, AMBIGUOUS.matcher(text.get().strip().toLowerCase(Locale.ROOT)).matches()
                    ? "write true or false instead of '" + text.get() + "'" : HINT);
        }
        return Optional.ofNullable(choice);
    }
}

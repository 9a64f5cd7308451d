package io.github.dossier.provenance;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a report was made from, as its provenance records it.
 *
 * @param kind what it is
 * @param name which one: a path relative to the project, a template id, coordinates without the version
 * @param value its SHA-256 in lower-case hex, or for the plugin and an artifact library its version
 *     ({@code folder} for a library folder)
 */
public record Input(Kind kind, String name, String value) {

    /** The kinds of input, in the order the manifest lists them. */
    public enum Kind {
        PLUGIN, LIBRARY, DESCRIPTOR, PREVIOUS, TEMPLATE, SECTION, SCAN, EVIDENCE;

        /** {@code template}: how the manifest and findings.json write the kind. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind written as {@link #word()}, or null for an unknown word. */
        public static Kind of(String word) {
            for (Kind kind : values()) {
                if (kind.word().equals(word)) {
                    return kind;
                }
            }
            return null;
        }
    }

    public Input {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** {@code evidence src/engagement/evidence/login.png}: how messages name it. */
    public String label() {
        return kind.word() + " " + name;
    }
}

package io.github.dossier.engagement;

import io.github.dossier.problem.Location;

/**
 * A value the descriptor gives for a slot, a choice or an editorial default. Inline slots take
 * text; block slots (a slot alone on its line) also take images, files and lists.
 */
public sealed interface Value permits Value.Text, Value.Image, Value.File, Value.Bullets,
        Value.Rejected {

    /** Where the value is written in the descriptor. */
    Location location();

    /** A short name of the kind for messages: "text", "image", "file", "list". */
    String kind();

    /**
     * A scalar. Inline it is literal text (escaped); as a block slot's value it is Markdown.
     * Cross-references are written {@code @key}.
     */
    record Text(String text, Location location) implements Value {
        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * {@code {image: path, caption: …}}: an evidence image.
     *
     * @param path as written in the descriptor (relative to the descriptor's folder)
     * @param resolved the absolute, normalised path, already checked to stay inside the project
     */
    record Image(String path, java.nio.file.Path resolved, String caption, Location location) implements Value {
        @Override
        public String kind() {
            return "image";
        }
    }

    /** {@code {file: path, lang: http}}: a file shown as a fenced code block. */
    record File(String path, java.nio.file.Path resolved, String lang, Location location) implements Value {
        @Override
        public String kind() {
            return "file";
        }
    }

    /** A YAML list: a bullet list, one literal item per entry. */
    record Bullets(java.util.List<String> items, Location location) implements Value {
        public Bullets {
            items = java.util.List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /**
     * A value the descriptor writes but the loader refused (and reported): the key is given, so
     * the templates do not report it again as missing. A build with one never succeeds.
     */
    record Rejected(Location location) implements Value {
        @Override
        public String kind() {
            return "rejected";
        }
    }
}

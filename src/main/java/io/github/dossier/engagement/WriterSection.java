package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import java.util.Map;
import java.util.Objects;

/**
 * One of the writer's own Markdown files, named under {@code sections:} in the descriptor.
 *
 * @param file the file as written, relative to the sections folder ({@code src/report})
 * @param values values for this file only, overriding the engagement's
 * @param options decisions on the file's options and alternative groups
 * @param location where the entry is written
 */
public record WriterSection(String file, Map<String, Value> values, Map<String, OptionChoice> options,
        Location location) {

    public WriterSection {
        Objects.requireNonNull(file, "file");
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        Objects.requireNonNull(location, "location");
    }

    /** A file named without values or options. */
    public static WriterSection of(String file, Location location) {
        return new WriterSection(file, Map.of(), Map.of(), location);
    }
}

package io.github.dossier.output;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The output formats, by the names the {@code formats} parameter uses: {@code md}, {@code html},
 * {@code pdf}, {@code docx} and {@code json} (the machine-readable {@code findings.json}).
 */
public enum Format {
    MD("report.md"), HTML("report.html"), PDF("report.pdf"), DOCX("report.docx"), JSON("findings.json");

    private final String fileName;

    Format(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Parses {@code md,html,pdf,docx,json}; unknown names throw with the list of known ones.
     *
     * @throws IllegalArgumentException naming the unknown format
     */
    public static Set<Format> parseList(String list) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + part.strip() + "'; known formats: " + known(), e);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format given; known formats: " + known());
        }
        return formats;
    }

    private static String known() {
        return Stream.of(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}

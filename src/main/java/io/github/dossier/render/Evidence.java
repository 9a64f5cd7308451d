package io.github.dossier.render;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence files a report embeds, by the name they get beside {@code report.md}
 * ({@code evidence/login.png}). The HTML page inlines them; the Markdown links to the copies.
 */
public final class Evidence {

    private final Map<String, Path> files = new TreeMap<>();

    /**
     * Registers a file and returns its name in the output folder.
     *
     * @param relative the path as written in the descriptor, relative to its folder
     */
    public String register(Path source, String relative) {
        String clean = relative.replace('\\', '/').replaceAll("^(\\./)+", "");
        String name = clean.startsWith("evidence/") ? clean : "evidence/" + clean;
        Path existing = files.putIfAbsent(name, source);
        return existing == null || existing.equals(source) ? name : register(source, "_" + clean);
    }

    /** Output name to source file, sorted by name. */
    public Map<String, Path> files() {
        return java.util.Collections.unmodifiableMap(files);
    }
}

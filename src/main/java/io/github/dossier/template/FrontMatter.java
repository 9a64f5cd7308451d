package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.scan.ScanRule;
import java.util.Map;
import java.util.Optional;

/**
 * A template's YAML front matter. Front matter is data; only {@code category} and {@code cvss}
 * may be a single highlight, a slot the finding must fill.
 *
 * @param category the category, or null when absent
 * @param cvss the score or vector as written, or null when absent
 * @param externalNetwork {@code report_on_external_network_test}
 * @param comment guidance for the writer, never rendered, or empty
 * @param generation the {@code generation} block as written (a script, never run), or empty
 * @param scan the declarative {@code scan} rule, or null when the template has none
 * @param metadata every other key, as text
 * @param location where the front matter starts
 */
public record FrontMatter(Field category, Field cvss, boolean externalNetwork, String comment, String generation,
        ScanRule scan, Map<String, String> metadata, Location location) {

    public FrontMatter {
        metadata = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metadata));
    }

    /** Front matter without a scan rule. */
    public FrontMatter(Field category, Field cvss, boolean externalNetwork, String comment, String generation,
            Map<String, String> metadata, Location location) {
        this(category, cvss, externalNetwork, comment, generation, null, metadata, location);
    }

    /** {@code TBA}, {@code TBC} and {@code TODO} (any case): the value is not decided yet. */
    public static boolean isUndecided(String text) {
        String t = text.strip();
        return t.equalsIgnoreCase("TBA") || t.equalsIgnoreCase("TBC") || t.equalsIgnoreCase("TODO");
    }

    /** Front matter of a template that has none. */
    public static FrontMatter empty(Location location) {
        return new FrontMatter(null, null, false, "", "", Map.of(), location);
    }

    /** The template's scan rule (docs/scans.md), if it has one. */
    public Optional<ScanRule> scanRule() {
        return Optional.ofNullable(scan);
    }

    public Optional<Field> categoryField() {
        return Optional.ofNullable(category);
    }

    public Optional<Field> cvssField() {
        return Optional.ofNullable(cvss);
    }

    /**
     * A front matter value: literal text, or a slot when written as a single {@code {==NAME==}}.
     *
     * @param text the value as written
     * @param slot the slot name, or null when the value is literal
     * @param location where the value is written
     */
    public record Field(String text, String slot, Location location) {
        public boolean isSlot() {
            return slot != null;
        }
    }
}

package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import io.github.dossier.risk.Level;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code findings:}: which template to render and how. Optional overrides are
 * {@code null} when the descriptor does not set them.
 *
 * @param template the template id or exact title as written
 * @param key the stable key for {@code @key} references, or null for the default (the template id)
 * @param affected the affected systems in order
 * @param affectedFrom whether {@code affected} was listed, left out, or is {@code scan}
 * @param plural forces the plural ({@code true}) or singular ({@code false}) side of toggles, or null
 * @param values finding values, overriding engagement values, in written order
 * @param category category override, or null
 * @param options decisions on options and alternative groups, keyed as written
 * @param impact impact override, or null
 * @param likelihood likelihood override, or null
 * @param cvss CVSS override (score, vector, N/A), or null
 * @param status open, fixed or accepted
 * @param location where the entry starts (its {@code - } item)
 * @param fieldLocations where each field's value is written, by field name ({@code "template"}, …)
 * @param editorial decisions on editorial texts and writer instructions, by number as written
 * @param tables rows for the template's tables, by number as written
 * @param riskNote why the risk departs from the CVSS severity ({@code risk_note:}), or null
 */
public record FindingSpec(String template, String key, List<String> affected, AffectedFrom affectedFrom,
        Boolean plural, Map<String, Value> values, String category, Map<String, OptionChoice> options, Level impact,
        Level likelihood, String cvss, Status status, Location location, Map<String, Location> fieldLocations,
        Map<String, EditorialChoice> editorial, Map<String, TableFill> tables, String riskNote) {

    /** Where a finding's affected systems come from. */
    public enum AffectedFrom {
        /** Listed in the descriptor ({@code affected: [a, b]}, or {@code []} for none). */
        LIST,
        /** Not written: from the scans when the template has scan rules and scans are listed, else none. */
        UNSET,
        /** {@code affected: scan}: from the scans, which the template's rules must match. */
        SCAN
    }

    public FindingSpec {
        Objects.requireNonNull(template, "template");
        affected = List.copyOf(affected);
        Objects.requireNonNull(affectedFrom, "affectedFrom");
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        status = Objects.requireNonNullElse(status, Status.OPEN);
        Objects.requireNonNull(location, "location");
        fieldLocations = Map.copyOf(fieldLocations);
        editorial = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(editorial));
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
    }

    /** Without a risk note. */
    public FindingSpec(String template, String key, List<String> affected, AffectedFrom affectedFrom, Boolean plural,
            Map<String, Value> values, String category, Map<String, OptionChoice> options, Level impact,
            Level likelihood, String cvss, Status status, Location location, Map<String, Location> fieldLocations,
            Map<String, EditorialChoice> editorial, Map<String, TableFill> tables) {
        this(template, key, affected, affectedFrom, plural, values, category, options, impact, likelihood, cvss,
                status, location, fieldLocations, editorial, tables, null);
    }

    /** A finding without decisions by number. */
    public FindingSpec(String template, String key, List<String> affected, AffectedFrom affectedFrom, Boolean plural,
            Map<String, Value> values, String category, Map<String, OptionChoice> options, Level impact,
            Level likelihood, String cvss, Status status, Location location, Map<String, Location> fieldLocations) {
        this(template, key, affected, affectedFrom, plural, values, category, options, impact, likelihood, cvss,
                status, location, fieldLocations, Map.of(), Map.of());
    }

    /** A finding whose affected systems are listed, or unset when the list is empty. */
    public FindingSpec(String template, String key, List<String> affected, Boolean plural, Map<String, Value> values,
            String category, Map<String, OptionChoice> options, Level impact, Level likelihood, String cvss,
            Status status, Location location, Map<String, Location> fieldLocations) {
        this(template, key, affected, affected.isEmpty() ? AffectedFrom.UNSET : AffectedFrom.LIST, plural, values,
                category, options, impact, likelihood, cvss, status, location, fieldLocations);
    }

    /**
     * This finding with its affected systems from a scan and, when given, a value for
     * {@code {==PLACEHOLDER==}} that the finding's own values do not override.
     */
    public FindingSpec withScan(List<String> scanned, Value placeholder) {
        Map<String, Value> merged = new java.util.LinkedHashMap<>();
        if (placeholder != null) {
            merged.put("PLACEHOLDER", placeholder);
        }
        merged.putAll(values);
        return new FindingSpec(template, key, scanned, affectedFrom, plural, merged, category, options, impact,
                likelihood, cvss, status, location, fieldLocations, editorial, tables, riskNote);
    }

    /**
     * This finding with decisions from its template's scan rule where it makes none itself: its
     * own options and tables win.
     */
    public FindingSpec withDefaults(Map<String, OptionChoice> ruleOptions, Map<String, TableFill> ruleTables) {
        Map<String, OptionChoice> mergedOptions = new java.util.LinkedHashMap<>(ruleOptions);
        mergedOptions.putAll(options);
        Map<String, TableFill> mergedTables = new java.util.LinkedHashMap<>(ruleTables);
        mergedTables.putAll(tables);
        return new FindingSpec(template, key, affected, affectedFrom, plural, values, category, mergedOptions, impact,
                likelihood, cvss, status, location, fieldLocations, editorial, mergedTables, riskNote);
    }

    /** Where a field is written, falling back to the entry itself. */
    public Location locationOf(String field) {
        return fieldLocations.getOrDefault(field, location);
    }

    public Optional<String> explicitKey() {
        return Optional.ofNullable(key);
    }
}

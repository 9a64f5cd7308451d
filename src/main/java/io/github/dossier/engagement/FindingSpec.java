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
 */
public record FindingSpec(String template, String key, List<String> affected, Boolean plural,
        Map<String, Value> values, String category, Map<String, OptionChoice> options, Level impact,
        Level likelihood, String cvss, Status status, Location location, Map<String, Location> fieldLocations) {

    public FindingSpec {
        Objects.requireNonNull(template, "template");
        affected = List.copyOf(affected);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        status = Objects.requireNonNullElse(status, Status.OPEN);
        Objects.requireNonNull(location, "location");
        fieldLocations = Map.copyOf(fieldLocations);
    }

    /** Where a field is written, falling back to the entry itself. */
    public Location locationOf(String field) {
        return fieldLocations.getOrDefault(field, location);
    }

    public Optional<String> explicitKey() {
        return Optional.ofNullable(key);
    }
}

package io.github.dossier.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finding as one version of a report shows it: what two versions are compared by.
 *
 * @param key its stable key, by which versions are matched
 * @param number its number in that version
 * @param title its title as plain text
 * @param risk its risk level's label ({@code High})
 * @param cvss its CVSS vector, else its score as written, else empty
 * @param status its status ({@code open}, {@code fixed}, {@code partially-fixed} …)
 * @param affected the affected systems
 * @param text the resolved Markdown of each part by name ({@code description}, {@code impact},
 *     {@code likelihood}, {@code recommendation}); empty when the version did not record it
 */
public record FindingRecord(String key, int number, String title, String risk, String cvss, String status,
        List<String> affected, Map<String, String> text) {

    /** The parts of a finding, in the order they are compared and listed. */
    public static final List<String> PARTS = List.of("title", "description", "impact", "likelihood",
            "recommendation");

    public FindingRecord {
        Objects.requireNonNull(key, "key");
        title = Objects.requireNonNullElse(title, "");
        risk = Objects.requireNonNullElse(risk, "");
        cvss = Objects.requireNonNullElse(cvss, "");
        status = Objects.requireNonNullElse(status, "");
        affected = List.copyOf(affected);
        text = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(text));
    }
}

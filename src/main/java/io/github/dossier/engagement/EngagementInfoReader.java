package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.problem.Location;
import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code engagement:} section. Scalars are kept as written: {@code version: 1.2} is
 * "1.2" and {@code date: 2026-11-20} is "2026-11-20", never a number or a date.
 */
final class EngagementInfoReader {

    static final List<String> FIELDS = List.of("client", "title", "reference", "version", "date", "type",
            "authors", "classification", "order", "history", "company", "preparedBy", "distribution", "overallRisk",
            "options", "previous", "retest");

    private final YamlNodes nodes;

    EngagementInfoReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /**
     * The section's fields; missing required ones are reported and left empty so the rest of the
     * descriptor is still checked.
     *
     * @param entry the {@code engagement:} pair, or null when the descriptor has none
     * @param top where the descriptor's top-level mapping starts
     */
    EngagementInfo read(Entry entry, Location top) {
        if (entry == null) {
            nodes.problems().error(top, "the descriptor has no engagement section",
                    "add engagement: with at least client: and title:");
            return blank();
        }
        Optional<Map<String, Entry>> section = nodes.mapping(entry.value(), "engagement");
        if (section.isEmpty()) {
            return blank();
        }
        Map<String, Entry> fields = section.get();
        nodes.checkKeys(fields, FIELDS, "engagement");
        Location at = YamlNodes.isNull(entry.value()) ? nodes.at(entry.keyNode()) : nodes.at(entry.value());
        return new EngagementInfo(required(fields, "client", at), required(fields, "title", at),
                optional(fields, "reference"), optional(fields, "version"), optional(fields, "date"),
                optional(fields, "type").toLowerCase(Locale.ROOT), authors(fields),
                optional(fields, "classification"), order(fields.get("order")),
                new HistoryReader(nodes).read(fields.get("history")), optional(fields, "company").strip(),
                optional(fields, "preparedBy").strip(), new DistributionReader(nodes).read(fields.get("distribution")),
                overallRisk(fields.get("overallRisk")));
    }

    /** Stands in for a section that is missing or not a mapping (already reported). */
    private static EngagementInfo blank() {
        return new EngagementInfo("", "", "", "", "", "", List.of(), "", FindingOrder.RISK);
    }

    private String required(Map<String, Entry> fields, String name, Location section) {
        Entry entry = fields.get(name);
        if (entry == null) {
            nodes.problems().error(section, "engagement." + name + " is missing",
                    "add " + name + ": to the engagement section");
            return "";
        }
        Optional<String> text = nodes.text(entry.value(), "engagement." + name);
        if (YamlNodes.isNull(entry.value()) || text.isPresent() && text.get().isBlank()) {
            nodes.error(entry.value(), "engagement." + name + " has no value", "write the " + name + " after '"
                    + name + ":'");
        }
        return text.orElse("");
    }

    private String optional(Map<String, Entry> fields, String name) {
        Entry entry = fields.get(name);
        return entry == null ? "" : nodes.text(entry.value(), "engagement." + name).orElse("");
    }

    private List<String> authors(Map<String, Entry> fields) {
        Entry entry = fields.get("authors");
        return entry == null ? List.of() : nodes.texts(entry.value(), "engagement.authors").orElse(List.of());
    }

    /** A risk level, or null when not given (the findings then decide it). */
    private Risk overallRisk(Entry entry) {
        if (entry == null) {
            return null;
        }
        Optional<String> text = nodes.text(entry.value(), "engagement.overallRisk");
        if (text.isEmpty()) {
            return null;
        }
        Optional<Risk> risk = Risk.parse(text.get()).filter(r -> r != Risk.NOT_APPLICABLE);
        if (risk.isEmpty()) {
            nodes.error(entry.value(), "engagement.overallRisk '" + text.get() + "' is not a risk level",
                    "use Critical, High, Medium, Low or Informational, or leave it out to take the highest risk"
                            + " of the findings");
        }
        return risk.orElse(null);
    }

    private FindingOrder order(Entry entry) {
        if (entry == null) {
            return FindingOrder.RISK;
        }
        Optional<String> text = nodes.text(entry.value(), "engagement.order");
        if (text.isEmpty()) {
            return FindingOrder.RISK;
        }
        for (FindingOrder order : FindingOrder.values()) {
            if (order.name().equalsIgnoreCase(text.get().strip())) {
                return order;
            }
        }
        nodes.error(entry.value(), "engagement.order '" + text.get() + "' is not an order",
                "use risk (highest risk first, the default) or descriptor (as written)");
        return FindingOrder.RISK;
    }
}

package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Objects;

/**
 * The {@code engagement:} section: who the report is for and what it is.
 *
 * @param client the client's name
 * @param title the report title
 * @param reference the consultancy's reference, or empty
 * @param version the document version, or empty
 * @param date the report date as written ({@code 2026-11-20}), or empty
 * @param type {@code internal}, {@code external}, {@code web}, …, lower case, or empty
 * @param authors the authors in order
 * @param classification the protective marking, or empty
 * @param order how findings are ordered
 * @param history the document's versions for the document control table, oldest first
 * @param company the consultancy issuing the report, or empty
 * @param preparedBy who prepared it (a team or a contact), or empty
 * @param distribution who receives the document, in order
 * @param overallRisk the writer's overall risk rating for the executive summary, or null to take the
 *     highest risk of the findings
 * @param language the report's language as a tag ({@code en-GB}, {@code de-DE}), or empty; spelling and
 *     grammar are checked in it
 * @param languageLocation where {@code language} is written, or null when it is not
 */
public record EngagementInfo(String client, String title, String reference, String version, String date,
        String type, List<String> authors, String classification, FindingOrder order, List<Revision> history,
        String company, String preparedBy, List<Recipient> distribution, Risk overallRisk, String language,
        Location languageLocation) {

    public EngagementInfo {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(title, "title");
        reference = Objects.requireNonNullElse(reference, "");
        version = Objects.requireNonNullElse(version, "");
        date = Objects.requireNonNullElse(date, "");
        type = Objects.requireNonNullElse(type, "");
        authors = List.copyOf(authors);
        classification = Objects.requireNonNullElse(classification, "");
        order = Objects.requireNonNullElse(order, FindingOrder.RISK);
        history = List.copyOf(history);
        company = Objects.requireNonNullElse(company, "");
        preparedBy = Objects.requireNonNullElse(preparedBy, "");
        distribution = List.copyOf(distribution);
        language = Objects.requireNonNullElse(language, "");
    }

    /** Without a language. */
    public EngagementInfo(String client, String title, String reference, String version, String date, String type,
            List<String> authors, String classification, FindingOrder order, List<Revision> history, String company,
            String preparedBy, List<Recipient> distribution, Risk overallRisk) {
        this(client, title, reference, version, date, type, authors, classification, order, history, company,
                preparedBy, distribution, overallRisk, "", null);
    }

    /** Without the consultancy's details, a distribution list or an overall rating. */
    public EngagementInfo(String client, String title, String reference, String version, String date, String type,
            List<String> authors, String classification, FindingOrder order, List<Revision> history) {
        this(client, title, reference, version, date, type, authors, classification, order, history, "", "",
                List.of(), null, "", null);
    }

    /** The same details with another report date. */
    public EngagementInfo withDate(String newDate) {
        return new EngagementInfo(client, title, reference, version, newDate, type, authors, classification, order,
                history, company, preparedBy, distribution, overallRisk, language, languageLocation);
    }

    /** Without a version history. */
    public EngagementInfo(String client, String title, String reference, String version, String date, String type,
            List<String> authors, String classification, FindingOrder order) {
        this(client, title, reference, version, date, type, authors, classification, order, List.of());
    }

    public boolean isExternal() {
        return type.equals("external");
    }
}

package io.github.dossier.report;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the report is for and what it is, as the output writers see it: the descriptor's
 * {@code engagement:} section with the report date settled. Its own types, so that no writer
 * depends on how the descriptor is read.
 *
 * @param client the client's name
 * @param title the report title
 * @param reference the consultancy's reference, or empty
 * @param version the document version, or empty
 * @param date the report date as written, or empty
 * @param type {@code internal}, {@code external}, {@code web} …, lower case, or empty
 * @param authors the authors in order
 * @param classification the protective marking as written, or empty
 * @param company the consultancy issuing the report, or empty
 * @param preparedBy who prepared it (a team or a contact), or empty
 * @param distribution who receives the document, in order
 * @param history the document's versions, oldest first
 * @param overallRisk the writer's overall rating, or null to take the findings' highest risk
 */
public record ReportInfo(String client, String title, String reference, String version, String date, String type,
        List<String> authors, String classification, String company, String preparedBy,
        List<Recipient> distribution, List<Revision> history, Risk overallRisk) {

    /** One row of the version history. */
    public record Revision(String version, String date, String author, String changes) {
    }

    /** One row of the distribution list. */
    public record Recipient(String name, String role, String organisation) {
    }

    public ReportInfo {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(title, "title");
        reference = Objects.requireNonNullElse(reference, "");
        version = Objects.requireNonNullElse(version, "");
        date = Objects.requireNonNullElse(date, "");
        type = Objects.requireNonNullElse(type, "");
        authors = List.copyOf(authors);
        classification = Objects.requireNonNullElse(classification, "");
        company = Objects.requireNonNullElse(company, "");
        preparedBy = Objects.requireNonNullElse(preparedBy, "");
        distribution = List.copyOf(distribution);
        history = List.copyOf(history);
    }

    /** The descriptor's details as the report shows them. */
    public static ReportInfo of(EngagementInfo info) {
        return new ReportInfo(info.client(), info.title(), info.reference(), info.version(), info.date(), info.type(),
                info.authors(), info.classification(), info.company(), info.preparedBy(),
                info.distribution().stream().map(r -> new Recipient(r.name(), r.role(), r.organisation())).toList(),
                info.history().stream().map(r -> new Revision(r.version(), r.date(), r.author(), r.changes()))
                        .toList(), info.overallRisk());
    }

    /** Just a client and a title, for tests and tools. */
    public static ReportInfo of(String client, String title) {
        return new ReportInfo(client, title, "", "", "", "", List.of(), "", "", "", List.of(), List.of(), null);
    }

    public Optional<Risk> overallRiskIfGiven() {
        return Optional.ofNullable(overallRisk);
    }
}

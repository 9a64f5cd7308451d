package io.github.dossier.report;

import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.Level;
import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finding with every value filled in: what the output writers print.
 *
 * @param number its number in the report, 1-based, in report order
 * @param key its stable key
 * @param anchor the HTML id of its section
 * @param templateId the template it came from
 * @param title the title as inline Markdown
 * @param plainTitle the title as plain text
 * @param sections Markdown per part: description, impact, likelihood, recommendation
 * @param impact the impact level (after overrides)
 * @param likelihood the likelihood level (after overrides)
 * @param risk the risk from the matrix
 * @param category the category, or empty
 * @param cvss the CVSS score or vector as given, or empty
 * @param status open, fixed or accepted
 * @param affected the affected systems
 * @param cvssScore {@code cvss} parsed and scored (version, vector, scores, severity); null when it is
 *     N/A, empty or undecided
 * @param library the library its template came from: a project folder, or an artifact and its
 *     version (report metadata; empty name when unknown)
 * @param statusGiven whether the descriptor writes the status (a retest needs it for every finding
 *     it retests)
 */
public record RenderedFinding(int number, String key, String anchor, String templateId, String title,
        String plainTitle, Map<FindingPart, String> sections, Level impact, Level likelihood, Risk risk,
        String category, String cvss, FindingStatus status, List<String> affected, CvssScore cvssScore,
        FindingOrigin library, boolean statusGiven) {

    public RenderedFinding {
        sections = Map.copyOf(sections);
        affected = List.copyOf(affected);
        library = library == null ? FindingOrigin.UNKNOWN : library;
    }

    /** The parsed CVSS, empty when {@link #cvss()} is N/A, empty or undecided. */
    public Optional<CvssScore> parsedCvss() {
        return Optional.ofNullable(cvssScore);
    }

    public String section(FindingPart part) {
        return sections.getOrDefault(part, "");
    }
}

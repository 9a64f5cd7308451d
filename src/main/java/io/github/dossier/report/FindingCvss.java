package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.Value;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.render.Resolver;
import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.cvss.CvssFormatException;
import io.github.dossier.risk.cvss.CvssReader;
import io.github.dossier.template.FrontMatter;
import java.util.Optional;

/**
 * A finding's CVSS: the text from its descriptor entry or its template's front matter, and that text
 * parsed and scored. Settled before findings are ordered, because the score breaks ties in risk.
 *
 * @param text the value as resolved, or empty
 * @param score the parsed score, or null for N/A, an empty value, an undecided one or an error
 */
record FindingCvss(String text, CvssScore score) {


    static final FindingCvss NONE = new FindingCvss("", null);

    /** Resolves, parses and scores; each fault is reported at the place the value is written. */
    static FindingCvss resolve(PreparedFinding f, Resolver resolver, Engagement engagement,
            Problems problems) {
        FrontMatter.Field field = f.template().frontMatter().cvss();
        String text = resolver.frontField(f.spec().cvss(), field, "cvss").orElse("");
        Location location = location(f, field, engagement);
        String value = text.strip();
        if (value.startsWith("{==")) {
            return new FindingCvss(text, null); // an unfilled slot: the resolver has reported it
        }
        if (FrontMatter.isUndecided(value)) {
            return new FindingCvss(text, null); // the resolver has reported it, override or template
        }
        try {
            return new FindingCvss(text, CvssReader.read(value).orElse(null));
        } catch (CvssFormatException e) {
            e.faults().forEach(fault -> problems.error(location, fault.message() + " (finding '" + f.key() + "')",
                    fault.hint()));
            return new FindingCvss(text, null);
        }
    }

    Optional<CvssScore> scoreIfAny() {
        return Optional.ofNullable(score);
    }

    /** The descriptor's {@code cvss:}, else the value filling the template's slot, else the template. */
    private static Location location(PreparedFinding f, FrontMatter.Field field, Engagement engagement) {
        if (f.spec().cvss() != null) {
            return f.spec().locationOf("cvss");
        }
        if (field == null) {
            return f.spec().location();
        }
        if (field.isSlot()) {
            Value value = f.spec().values().getOrDefault(field.slot(), engagement.values().get(field.slot()));
            if (value != null) {
                return value.location();
            }
        }
        return field.location();
    }
}

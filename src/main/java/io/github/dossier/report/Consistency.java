package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Problems;
import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.CvssSeverity;
import io.github.dossier.risk.Risk;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Warnings about a report that builds but reads wrong to a client (docs/descriptor.md,
 * "Consistency"): the same finding twice, a risk far from the CVSS severity with no note saying
 * why, a finding with no affected systems. Each is a warning in {@code assemble} and {@code check},
 * at the finding's entry in the descriptor.
 */
final class Consistency {

    /** Risk and severity this many levels apart (High and Low) need a {@code risk_note:}. */
    private static final int FAR = 2;

    private final Problems problems;
    private final boolean scansListed;

    /** @param scansListed whether the descriptor lists scan files, which may fill affected systems */
    Consistency(Problems problems, boolean scansListed) {
        this.problems = problems;
        this.scansListed = scansListed;
    }

    /** Checks the findings, in descriptor order. */
    void check(List<PreparedFinding> findings, Map<String, FindingCvss> cvss) {
        Map<String, PreparedFinding> seen = new HashMap<>();
        for (PreparedFinding f : findings) {
            repeated(f, seen);
            riskAgainstCvss(f, cvss.get(f.key()));
            noAffectedSystems(f);
        }
    }

    /** The same template with the same affected systems: the report would list one finding twice. */
    private void repeated(PreparedFinding f, Map<String, PreparedFinding> seen) {
        Set<String> affected = new HashSet<>();
        f.spec().affected().forEach(a -> affected.add(a.strip().toLowerCase(Locale.ROOT)));
        String identity = f.template().id() + "\n" + new java.util.TreeSet<>(affected);
        PreparedFinding first = seen.putIfAbsent(identity, f);
        if (first != null) {
            problems.warning(f.spec().locationOf("template"), "finding '" + f.key() + "' repeats template "
                    + f.template().id() + " with the same affected systems as finding '" + first.key() + "' (line "
                    + first.spec().location().line() + "): the report lists it twice",
                    "remove one, or merge their values and give each finding its own affected systems");
        }
    }

    /** A High risk with a Low CVSS score (or the reverse) is a typo or a judgement the client will ask about. */
    private void riskAgainstCvss(PreparedFinding f, FindingCvss cvss) {
        if (cvss == null || cvss.score() == null || f.risk() == Risk.NOT_APPLICABLE || f.spec().riskNote() != null) {
            return;
        }
        CvssScore score = cvss.score();
        if (Math.abs(f.risk().rank() - rank(score.severity())) < FAR) {
            return;
        }
        problems.warning(f.spec().location(), "finding '" + f.key() + "' has risk " + f.risk().label() + " (impact "
                + f.impact().label() + ", likelihood " + f.likelihood().label() + ") but CVSS "
                + String.format(Locale.ROOT, "%.1f", score.score()) + ", severity " + score.severity().label(),
                "check the impact, likelihood and CVSS; if the difference is right, say why in 'risk_note:' on the"
                        + " finding");
    }

    /** Informational for None, then Low to Critical: the same five steps as the risk. */
    private static int rank(CvssSeverity severity) {
        return severity.ordinal() + 1;
    }

    /**
     * No affected systems, and none written: forgotten. {@code affected: []} says "none" on purpose, and
     * scans that matched nothing for a template with scan rules are the scan reader's warning, naming the
     * rule.
     */
    private void noAffectedSystems(PreparedFinding f) {
        boolean fromScans = scansListed && f.template().frontMatter().scanRule().isPresent();
        if (f.spec().affected().isEmpty() && f.spec().affectedFrom() == FindingSpec.AffectedFrom.UNSET && !fromScans) {
            problems.warning(f.spec().location(), "finding '" + f.key() + "' has no affected systems",
                    "list the hosts, URLs or components it affects under 'affected:', or write 'affected: []' if it"
                            + " affects none");
        }
    }

    /** An engagement value no template or writer's section can use is probably misspelt; once per value. */
    static void unusedEngagementValues(Engagement engagement, List<PreparedFinding> prepared, Set<String> sectionKeys,
            Problems problems) {
        if (prepared.isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        sectionKeys.forEach(k -> used.add(FindingPreparer.normal(k)));
        prepared.forEach(f -> f.template().valueKeys().forEach(k -> used.add(FindingPreparer.normal(k))));
        engagement.values().forEach((key, value) -> {
            if (!used.contains(FindingPreparer.normal(key))) {
                problems.warning(value.location(), "engagement value '" + key + "' matches nothing in any finding's"
                        + " template",
                        io.github.dossier.problem.Suggestions.didYouMean(key, used, "remove it if unused"));
            }
        });
    }

    /** Evidence files nobody names: a screenshot the writer meant to show, or one to delete. */
    static void unusedEvidence(Engagement engagement, ProjectPaths paths, Problems problems) {
        java.nio.file.Path folder = engagement.descriptor().getParent();
        for (java.nio.file.Path file : UnusedEvidence.of(engagement, paths)) {
            String written = folder.relativize(file).toString().replace('\\', '/');
            problems.warning(io.github.dossier.problem.Location.of(paths.display(file)), "no value names this"
                    + " evidence file", "show it in a finding's values ({image: " + written + ", caption: …}), or"
                    + " delete it");
        }
    }
}

package io.github.dossier.report;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.util.regex.Pattern;

/**
 * The forms a CVSS value may take: a score from 0 to 10, a CVSS v3.x or v4.0 vector, or
 * {@code N/A}. Anything else is a typo the report must not carry.
 */
public final class CvssText {

    private static final Pattern SCORE = Pattern.compile("(10(\\.0)?|\\d(\\.\\d)?)");
    private static final Pattern VECTOR = Pattern.compile("CVSS:(3\\.0|3\\.1|4\\.0)(/[A-Za-z]+:[A-Za-z])+");
    private static final java.util.Set<String> UNDECIDED = java.util.Set.of("TBA", "TBC", "TODO");

    private CvssText() {
    }

    /** Reports a value that is no score, vector, N/A or "not yet scored" marker, naming {@code key}. */
    public static void check(String cvss, Location location, String key, Problems problems) {
        String value = cvss.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("N/A") || UNDECIDED.contains(value.toUpperCase(
                java.util.Locale.ROOT)) || value.startsWith("{==") || SCORE.matcher(value).matches()
                || VECTOR.matcher(value).matches()) {
            return;
        }
        problems.error(location, "'" + value + "' is not a CVSS score or vector (finding '" + key + "')",
                "write a score from 0 to 10, a vector such as CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, or N/A");
    }
}

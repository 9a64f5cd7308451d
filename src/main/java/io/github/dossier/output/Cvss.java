package io.github.dossier.output;

import io.github.dossier.report.RenderedFinding;
import io.github.dossier.risk.CvssScore;

/**
 * A finding's CVSS for display: the score with its qualitative severity ({@code 9.8 Critical}),
 * computed from the vector when one is given, and the vector itself. A value that is not scored
 * ({@code N/A}, or {@code TBA} in a draft) shows as written. Either part may be empty.
 */
record Cvss(String score, String vector) {

    static Cvss of(RenderedFinding f) {
        if (f.parsedCvss().isPresent()) {
            CvssScore cvss = f.parsedCvss().get();
            return new Cvss(cvss.formattedScore() + " " + cvss.severity().label(),
                    cvss.hasVector() ? cvss.vector() : "");
        }
        String written = f.cvss().strip();
        return written.startsWith("CVSS:") ? new Cvss("", written) : new Cvss(written, "");
    }
}

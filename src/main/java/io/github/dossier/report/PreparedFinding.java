package io.github.dossier.report;

import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.risk.Level;
import io.github.dossier.risk.Risk;
import io.github.dossier.template.LibraryOrigin;
import io.github.dossier.template.Template;

/**
 * A finding whose template is found and whose risk is known, before its markup is resolved:
 * enough to order and number the report, which cross-references need.
 *
 * @param index its position in the descriptor, for stable ordering
 * @param origin the library its template came from
 */
record PreparedFinding(FindingSpec spec, Template template, String key, Level impact, Level likelihood, Risk risk,
        int index, LibraryOrigin origin) {

    /** The HTML id of the finding's section: {@code finding-} and the key, made safe for ids. */
    String anchor() {
        return "finding-" + idPart(key);
    }

    /** A name made safe for an HTML id: lower case, runs of other characters turned into {@code -}. */
    static String idPart(String name) {
        return ID_UNSAFE.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll("-");
    }

    private static final java.util.regex.Pattern ID_UNSAFE = java.util.regex.Pattern.compile("[^a-z0-9_-]+");

    boolean plural() {
        return spec.plural() != null ? spec.plural() : spec.affected().size() != 1;
    }
}

package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Context;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup that is almost right (SPEC §1.3 "Lint", §1.4 "Broken markup never ships"). Broken
 * delimiters and brace groups that were meant as toggles would ship as written, so they are
 * malformations: errors in strict builds. Only text outside code is checked.
 */
final class Lints {

    static final Pattern SINGLE_PIPE = Pattern.compile("[\\p{L} ]*[\\p{L}]\\|[\\p{L}][\\p{L} ]*");
    static final Pattern SUFFIX = Pattern.compile("s|es|ies|y|is|are|has|have|was|were");

    private Lints() {
    }

    /** A brace group without {@code ||}: {@code {have|has}} or {@code {s}} was meant as a toggle. */
    static void oneSidedBrace(String content, Location location, Problems malformed) {
        if (SINGLE_PIPE.matcher(content).matches()) {
            malformed.warning(location, "{" + content + "} has a single | and would print as written",
                    "write a toggle with two pipes: {" + content.replace("|", "||") + "}");
        } else if (SUFFIX.matcher(content).matches()) {
            malformed.warning(location, "{" + content + "} has one side and would print as written",
                    "write {" + content + "||} (plural only) or {||" + content + "} (singular only)");
        }
    }

    /** {@code {=x=}}, {@code {==x=}}, {@code ==)}: delimiters that almost make a highlight. */
    static void brokenDelimiters(String text, CodeRegions code, IntFunction<Location> at, Problems malformed) {
        Matcher m = BrokenDelimiters.PATTERN.matcher(text);
        BrokenDelimiters broken = BrokenDelimiters.in(text);
        while (m.find()) {
            if (!broken.isBroken(m) || code.at(m.start()) != Context.TEXT) {
                continue;
            }
            boolean opener = m.group().startsWith("{") || m.group().startsWith("(");
            malformed.warning(at.apply(m.start()), "'" + m.group() + "' is a broken highlight "
                    + (opener ? "opener" : "closer") + " and would print as written",
                    "highlights are written {==text==}; mvn dossier:migrate rewrites it");
        }
    }

    /** {@code ==}} with no highlight open. */
    static void strayCloser(Location location, Problems malformed) {
        malformed.warning(location, "'==}' closes no highlight and would print as written",
                "add the missing {== before the highlighted text, or remove the ==}");
    }
}

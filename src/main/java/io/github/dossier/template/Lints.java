package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Context;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suspicious markup that is still valid (SPEC §1.3, "Lint"): reported by {@code check}, never
 * fatal on its own.
 */
final class Lints {

    private static final Pattern SINGLE_PIPE = Pattern.compile("[\\p{L} ]*[\\p{L}]\\|[\\p{L}][\\p{L} ]*");
    private static final Pattern SUFFIX = Pattern.compile("s|es|ies|y|is|are|has|have|was|were");
    private static final Pattern BROKEN = Pattern.compile("\\{=(?!=)|(?<![=\\s])=\\}|==\\)|\\(==");

    private Lints() {
    }

    /** A brace group without {@code ||}: {@code {have|has}} or {@code {s}} was probably meant as a toggle. */
    static void oneSidedBrace(String content, Location location, Problems lints) {
        if (SINGLE_PIPE.matcher(content).matches()) {
            lints.warning(location, "{" + content + "} has a single | and stays literal text",
                    "write a toggle with two pipes: {" + content.replace("|", "||") + "}");
        } else if (SUFFIX.matcher(content).matches()) {
            lints.warning(location, "{" + content + "} has one side and stays literal text",
                    "write {" + content + "||} (plural only) or {||" + content + "} (singular only)");
        }
    }

    /** {@code {=x=}}, {@code {==x}}, {@code ==)}: delimiters that almost make a highlight. */
    static void brokenDelimiters(String text, CodeRegions code, IntFunction<Location> at, Problems lints) {
        Matcher m = BROKEN.matcher(text);
        while (m.find()) {
            if (code.at(m.start()) != Context.TEXT) {
                continue;
            }
            lints.warning(at.apply(m.start()), "'" + m.group() + "' looks like a broken highlight delimiter",
                    "highlights are written {==text==}");
        }
    }
}

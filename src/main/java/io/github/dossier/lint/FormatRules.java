package io.github.dossier.lint;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.risk.cvss.CvssFormatException;
import io.github.dossier.risk.cvss.CvssReader;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The house format a library keeps, beyond what a report needs to render: the layout
 * {@code <NN>_<group>/<file>.md}, a file name derived from the title, the title on the first body
 * line and no other {@code ###} heading, the three headings written exactly, levels Low, Medium
 * or High, a category and a valid CVSS value in the front matter.
 */
final class FormatRules {

    private static final Pattern GROUP = Pattern.compile("\\d{2}_[a-z0-9_]+");
    private static final Pattern LEVEL_LINE = Pattern.compile("#### (Impact|Likelihood): (Low|Medium|High|N/A)");
    private static final Set<String> KEYS = Set.of("category", "cvss", "report_on_external_network_test", "comment",
            "generation");

    private FormatRules() {
    }

    /** The file name a title gives: lower case, spaces and {@code /} turned into {@code _}. */
    static String fileNameOf(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('/', '_') + ".md";
    }

    static void check(Template template, List<String> lines, Problems problems) {
        String display = template.titleLocation().file();
        layout(template.id(), display, problems);
        String title = lines.get(template.titleLocation().line() - 1).substring(3).strip();
        String expected = fileNameOf(title);
        String actual = template.id().substring(template.id().lastIndexOf('/') + 1) + ".md";
        if (!actual.equals(expected)) {
            problems.warning(template.titleLocation(), "the file is named " + actual + " but the title '" + title
                    + "' gives " + expected, "rename the file, or correct the title");
        }
        titleFirst(template, lines, problems);
        headings(template, lines, problems);
        frontMatter(template.frontMatter(), template.id(), problems);
    }

    private static void layout(String id, String display, Problems problems) {
        String[] parts = id.split("/");
        if (parts.length != 2 || !GROUP.matcher(parts[0]).matches()) {
            problems.warning(Location.of(display), "the template is not in a <NN>_<group>/ folder",
                    "place it as <NN>_<group>/<name>.md, e.g. 08_web_application/sql_injection.md");
        }
    }

    /** The title opens the body, and no other {@code ###} heading follows outside code. */
    private static void titleFirst(Template template, List<String> lines, Problems problems) {
        int titleIndex = template.titleLocation().line() - 1;
        int bodyStart = bodyStart(lines);
        if (titleIndex != bodyStart) {
            problems.warning(template.titleLocation(), "the title is not the first line of the body",
                    "remove the blank lines before '### " + template.titleText() + "'");
        }
        io.github.dossier.template.CodeFence fence = null;
        for (int i = titleIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
                continue;
            }
            fence = io.github.dossier.template.CodeFence.opening(line);
            if (fence == null && line.startsWith("### ")) {
                problems.warning(new Location(template.titleLocation().file(), i + 1, 1),
                        "a second ### heading; a template has exactly one title",
                        "use #### or bold text for sub-headings");
            }
        }
    }

    private static int bodyStart(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void headings(Template template, List<String> lines, Problems problems) {
        for (Section section : template.sections()) {
            if (section.kind() == Section.Kind.DESCRIPTION) {
                continue;
            }
            Location at = new Location(section.heading().file(), section.heading().line(), 1);
            String line = lines.get(at.line() - 1).stripTrailing();
            if (section.kind() == Section.Kind.RECOMMENDATION) {
                if (!line.equals("#### Recommendation")) {
                    problems.warning(at, "'" + line + "' is not written '#### Recommendation'",
                            "write the heading exactly as '#### Recommendation'");
                }
            } else if (section.level() == null) {
                problems.error(section.heading(), section.kind().heading() + " level '" + section.levelText()
                        + "' is not Low, Medium or High", "write '#### " + section.kind().heading() + ": Medium'");
            } else if (!LEVEL_LINE.matcher(line).matches()) {
                problems.warning(at, "'" + line + "' is not written '#### " + section.kind().heading() + ": "
                        + section.level().label() + "'", "write the heading exactly in that form");
            }
        }
    }

    /** A score, a valid vector or N/A; TBA-style markers and slots are for the report to settle. */
    private static void checkCvss(FrontMatter.Field cvss, String id, Problems problems) {
        String value = cvss.text().strip();
        if (cvss.isSlot() || FrontMatter.isUndecided(value)) {
            return;
        }
        try {
            CvssReader.read(value);
        } catch (CvssFormatException e) {
            e.faults().forEach(f -> problems.error(cvss.location(), f.message() + " (template " + id + ")", f.hint()));
        }
    }

    private static void frontMatter(FrontMatter front, String id, Problems problems) {
        if (front.categoryField().isEmpty()) {
            problems.warning(front.location(), "the front matter has no category", "add category: <CODE>");
        }
        if (front.cvssField().isEmpty()) {
            problems.warning(front.location(), "the front matter has no cvss",
                    "add cvss: with a score, a vector, N/A or TBA");
        } else {
            checkCvss(front.cvssField().get(), id, problems);
        }
        for (String key : front.metadata().keySet()) {
            Suggestions.nearest(key, KEYS).ifPresent(known -> problems.warning(front.location(),
                    "front matter key '" + key + "' is not a known key", "did you mean '" + known + "'?"));
        }
    }
}

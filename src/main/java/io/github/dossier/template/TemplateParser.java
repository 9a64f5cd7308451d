package io.github.dossier.template;

import io.github.dossier.io.MarkdownNesting;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.risk.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a template's text (SPEC §1): front matter between {@code ---} lines, a {@code ### Title}
 * line, the description, then {@code #### Impact: <Level>}, {@code #### Likelihood: <Level>} and
 * {@code #### Recommendation} in that order, the last running to the end.
 */
public final class TemplateParser {

    private static final Pattern TITLE = Pattern.compile("###[ \\t]+(.*?)[ \\t]*");
    private static final Pattern LEVEL_HEADING = Pattern.compile(
            "####[ \\t]+(Impact|Likelihood)[ \\t]*:[ \\t]*(.*?)[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDATION = Pattern.compile("####[ \\t]+Recommendations?[ \\t]*:?[ \\t]*",
            Pattern.CASE_INSENSITIVE);

    private TemplateParser() {
    }

    /**
     * Parses one template. Syntax errors go to {@code problems}; suspicious markup becomes the
     * template's lints. Returns empty when the text has no usable structure.
     *
     * @param id the template id
     * @param file the file (for the model)
     * @param displayPath the path shown in messages
     * @param text the file's text, already decoded (line breaks normalised to {@code \n})
     */
    public static Optional<Template> parse(String id, Path file, String displayPath, String text, Problems problems) {
        ParseProblems found = ParseProblems.reportingTo(problems);
        List<String> lines = List.of(text.split("\n", -1));
        int bodyStart = 0;
        FrontMatter frontMatter = FrontMatter.empty(new Location(displayPath, 1, 1));
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int close = indexOfLine(lines, "---", 1);
            if (close < 0) {
                problems.error(new Location(displayPath, 1, 1), "front matter is never closed",
                        "end the front matter with a line that is exactly ---");
                return Optional.empty();
            }
            frontMatter = FrontMatterParser.parse(String.join("\n", lines.subList(1, close)),
                    new Location(displayPath, 2, 1), problems);
            bodyStart = close + 1;
        }
        FrontMatter front = frontMatter;
        MarkdownNesting.checkFile(String.join("\n", lines.subList(bodyStart, lines.size())),
                new Location(displayPath, bodyStart + 1, 1), problems);
        return new Body(displayPath, lines, bodyStart, found).parse().map(b -> {
            Template template = new Template(id, file, front, b.title, b.titleLocation, b.sections, List.of(),
                    List.of());
            lintGeneration(template, found.lints());
            return new Template(id, file, front, b.title, b.titleLocation, b.sections, found.lints().sorted(),
                    found.malformed().sorted());
        });
    }

    /**
     * Parses a free Markdown document with markup (toggles, highlights, options) but without a
     * finding's structure: no front matter, title or fixed headings. The result is a template whose
     * only part is its description, holding the whole text; the writer's own report sections use it.
     *
     * @param id a name for messages ({@code introduction})
     * @param text the file's text, already decoded (line breaks normalised to {@code \n})
     */
    public static Template parseDocument(String id, Path file, String displayPath, String text, Problems problems) {
        ParseProblems found = ParseProblems.reportingTo(problems);
        Location start = new Location(displayPath, 1, 1);
        List<Node> body = MarkupParser.parse(text, start, found, true);
        Section whole = new Section(Section.Kind.DESCRIPTION, "", null, start, body);
        return new Template(id, file, FrontMatter.empty(start), List.of(), start, List.of(whole),
                found.lints().sorted(), found.malformed().sorted());
    }

    /**
     * Script blocks are never run, and scan rules fill only a {@code {==PLACEHOLDER==}} that is
     * there: either one naming a placeholder the body lacks is a mistake.
     */
    private static void lintGeneration(Template template, Problems lints) {
        if (template.findSlot("PLACEHOLDER").isPresent()) {
            return;
        }
        String hint = "add {==PLACEHOLDER==} on a line of its own where the content belongs";
        if (template.frontMatter().generation().contains("getPlaceholderContent")) {
            lints.warning(template.frontMatter().location(),
                    "generation fills a placeholder but the body has no {==PLACEHOLDER==}", hint);
        }
        template.frontMatter().scanRule().filter(rule -> rule.placeholder() != null).ifPresent(rule ->
                lints.warning(rule.location(), "scan.placeholder fills a placeholder but the body has no"
                        + " {==PLACEHOLDER==}", hint));
    }

    private static int indexOfLine(List<String> lines, String exact, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals(exact)) {
                return i;
            }
        }
        return -1;
    }

    /** Splits the body into its parts and parses each. */
    private static final class Body {
        private final String file;
        private final List<String> lines;
        private final int start;
        private final ParseProblems parseProblems;
        private final Problems problems;
        private List<Node> title;
        private Location titleLocation;
        private final List<Section> sections = new ArrayList<>();

        Body(String file, List<String> lines, int start, ParseProblems found) {
            this.file = file;
            this.lines = lines;
            this.start = start;
            this.parseProblems = found;
            this.problems = found.errors();
        }

        Optional<Body> parse() {
            int titleLine = start;
            while (titleLine < lines.size() && lines.get(titleLine).isBlank()) {
                titleLine++;
            }
            Matcher t = titleLine < lines.size() ? TITLE.matcher(lines.get(titleLine)) : null;
            if (t == null || !t.matches() || t.group(1).isEmpty()) {
                problems.error(new Location(file, Math.min(titleLine, lines.size() - 1) + 1, 1),
                        "a template starts with its title line", "make the first body line '### <title>'");
                return Optional.empty();
            }
            titleLocation = new Location(file, titleLine + 1, 1);
            title = MarkupParser.parse(t.group(1), new Location(file, titleLine + 1, t.start(1) + 1), parseProblems,
                    false);
            int[] headings = findHeadings(titleLine + 1);
            if (headings == null) {
                return Optional.empty();
            }
            addSection(Section.Kind.DESCRIPTION, titleLine + 1, headings[0], "", null,
                    new Location(file, titleLine + 2, 1));
            addLevelSection(Section.Kind.IMPACT, headings[0], headings[1]);
            addLevelSection(Section.Kind.LIKELIHOOD, headings[1], headings[2]);
            addSection(Section.Kind.RECOMMENDATION, headings[2] + 1, lines.size(), "", null,
                    new Location(file, headings[2] + 1, 1));
            return Optional.of(this);
        }

        /** Line indexes of the Impact, Likelihood and Recommendation headings, or null after reporting. */
        private int[] findHeadings(int from) {
            int[] found = {-1, -1, -1};
            CodeFence fence = null;
            int fenceLine = -1;
            for (int i = from; i < lines.size(); i++) {
                String line = lines.get(i);
                if (fence == null) {
                    fence = CodeFence.opening(line);
                    fenceLine = fence == null ? -1 : i;
                    if (fence != null) {
                        continue;
                    }
                } else {
                    fence = fence.closedBy(line) ? null : fence;
                    continue;
                }
                int kind = headingKind(line);
                if (kind < 0) {
                    continue;
                }
                if (found[kind] >= 0) {
                    problems.error(new Location(file, i + 1, 1), "a second '" + line.strip() + "' heading",
                            "a template has one Impact, one Likelihood and one Recommendation heading");
                    return null;
                }
                found[kind] = i;
            }
            if (fence != null) {
                problems.error(new Location(file, fenceLine + 1, 1), "code fence is never closed, so the rest of"
                        + " the template is code", "close it with a line of " + fence.closer());
                return null;
            }
            return checkOrder(found);
        }

        private int[] checkOrder(int[] found) {
            String[] names = {"#### Impact: <Level>", "#### Likelihood: <Level>", "#### Recommendation"};
            boolean ok = true;
            for (int k = 0; k < 3; k++) {
                if (found[k] < 0) {
                    problems.error(new Location(file, lines.size(), 1), "the template has no '" + names[k] + "' heading",
                            "add it; the body is: ### Title, description, " + String.join(", ", names));
                    ok = false;
                }
            }
            if (ok && !(found[0] < found[1] && found[1] < found[2])) {
                problems.error(new Location(file, Math.max(found[0], Math.max(found[1], found[2])) + 1, 1),
                        "the Impact, Likelihood and Recommendation headings are out of order",
                        "put them in the order Impact, Likelihood, Recommendation");
                ok = false;
            }
            return ok ? found : null;
        }

        private static int headingKind(String line) {
            Matcher level = LEVEL_HEADING.matcher(line);
            if (level.matches()) {
                return level.group(1).equalsIgnoreCase("impact") ? 0 : 1;
            }
            return RECOMMENDATION.matcher(line).matches() ? 2 : -1;
        }

        private void addLevelSection(Section.Kind kind, int heading, int end) {
            Matcher m = LEVEL_HEADING.matcher(lines.get(heading));
            m.matches();
            String levelText = m.group(2);
            Level level = Level.parse(levelText).orElse(null);
            addSection(kind, heading + 1, end, levelText, level, new Location(file, heading + 1, m.start(2) + 1));
        }

        private void addSection(Section.Kind kind, int from, int to, String levelText, Level level, Location heading) {
            String text = String.join("\n", lines.subList(from, to));
            List<Node> body = MarkupParser.parse(text, new Location(file, from + 1, 1), parseProblems, true);
            sections.add(new Section(kind, levelText, level, heading, body));
        }
    }
}

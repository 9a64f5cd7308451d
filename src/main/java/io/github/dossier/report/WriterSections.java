package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.engagement.WriterSection;
import io.github.dossier.io.MarkdownNesting;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.render.CrossReference;
import io.github.dossier.render.Evidence;
import io.github.dossier.render.FindingInput;
import io.github.dossier.render.Resolver;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the writer's own Markdown files (introduction, scope, conclusion …) with the same
 * markup and values as the findings. Toggles take their plural side unless the report has
 * exactly one finding; {@code @key} links to a finding.
 */
final class WriterSections {

    private static final Pattern HEADING = Pattern.compile("#[ \\t]+(.+?)[ \\t#]*");

    /** The writer's executive summary, when the descriptor names no other file. */
    static final String SUMMARY_FILE = "executive-summary.md";

    private final ReportConfig config;
    private final ProjectPaths paths;
    private final Engagement engagement;
    private final Problems problems;
    private final Set<Path> placed = new TreeSet<>();
    private final Set<String> valueKeys = new TreeSet<>();

    WriterSections(ReportConfig config, ProjectPaths paths, Engagement engagement, Problems problems) {
        this.config = config;
        this.paths = paths;
        this.engagement = engagement;
        this.problems = problems;
    }

    /** The placed files of one side, rendered; files with problems are left out (reported). */
    List<RenderedSection> render(boolean before, int findingCount, Map<String, CrossReference> references,
            Evidence evidence) {
        List<RenderedSection> rendered = new ArrayList<>();
        for (WriterSection section : placement(before)) {
            load(section).ifPresent(t -> rendered.add(render(section, t, findingCount, references, evidence)));
        }
        return rendered;
    }

    /**
     * The file placed inside the executive summary: the descriptor's {@code sections.summary},
     * else {@value #SUMMARY_FILE} in the sections folder when it exists and no list places it.
     * Rendered after the other sections, so a file placed twice is reported.
     */
    Optional<RenderedSection> renderSummary(int findingCount, Map<String, CrossReference> references,
            Evidence evidence) {
        Optional<WriterSection> named = engagement.sections().summaryFile();
        Path conventional = config.sectionsDirectory().resolve(SUMMARY_FILE);
        if (named.isEmpty() && (placed.contains(conventional) || !Files.isRegularFile(conventional))) {
            return Optional.empty();
        }
        WriterSection section = named.orElseGet(() -> WriterSection.of(SUMMARY_FILE,
                Location.of(paths.display(conventional))));
        return load(section).map(t -> render(section, t, findingCount, references, evidence));
    }

    /** The parameter's list when set, else the descriptor's. */
    private List<WriterSection> placement(boolean before) {
        List<String> override = before ? config.sectionsBefore() : config.sectionsAfter();
        if (override == null) {
            return before ? engagement.sections().before() : engagement.sections().after();
        }
        Location at = Location.of(before ? "dossier.sectionsBefore" : "dossier.sectionsAfter");
        return override.stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> WriterSection.of(s, at))
                .toList();
    }

    private Optional<Template> load(WriterSection section) {
        Path file = config.sectionsDirectory().resolve(section.file()).normalize();
        String shown = paths.display(config.sectionsDirectory()) + "/" + section.file();
        if (!file.startsWith(config.sectionsDirectory()) || !paths.isInside(file)) {
            problems.error(section.location(), "section file " + shown + " is outside the sections folder",
                    "keep the writer's sections under " + paths.display(config.sectionsDirectory()));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.error(section.location(), "section file not found: " + shown, "create it, or fix the name"
                    + " (relative to " + paths.display(config.sectionsDirectory()) + ")");
            return Optional.empty();
        }
        if (!placed.add(file)) {
            problems.error(section.location(), "section file " + shown + " is placed twice",
                    "name each file once under sections.before or sections.after");
            return Optional.empty();
        }
        return TextFiles.read(file, paths.display(file), config.limits().template(), problems)
                .map(text -> {
                    MarkdownNesting.checkFile(text, new Location(paths.display(file), 1, 1), problems);
                    return TemplateParser.parseDocument(section.file(), file, paths.display(file), text, problems);
                });
    }

    private RenderedSection render(WriterSection section, Template template, int findingCount,
            Map<String, CrossReference> references, Evidence evidence) {
        FindingSpec spec = new FindingSpec(section.file(), section.file(), List.of(), findingCount != 1,
                section.values(), null, section.options(), null, null, null, null, section.location(), Map.of());
        Resolver resolver = new Resolver(new FindingInput(template, spec, section.file(), engagement.values(),
                engagement.options(), findingCount != 1, references, evidence, engagement.descriptor().getParent(),
                paths, config.settings(), problems));
        TemplateProblems.report(template, config.settings().draft(), problems);
        MarkdownValues.check(template, section.values(), engagement.values(), problems);
        valueKeys.addAll(template.valueKeys());
        String markdown = MarkdownLayout.tidy(resolver.resolve(template.section(Section.Kind.DESCRIPTION).body()));
        String title = io.github.dossier.render.MarkdownEscaper.escape(titleFromName(section.file()));
        List<String> lines = new ArrayList<>(List.of(markdown.split("\n", -1)));
        Matcher heading = lines.isEmpty() ? null : HEADING.matcher(lines.get(0));
        if (heading != null && heading.matches()) {
            title = heading.group(1);
            lines.remove(0);
        }
        return new RenderedSection(section.file(), title, anchor(section.file()),
                MarkdownLayout.tidy(String.join("\n", lines)).strip());
    }

    /** {@code 02-scope_of_work.md} becomes {@code Scope of work}. */
    static String titleFromName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(md|markdown)$", "")
                .replaceFirst("^\\d+[-_. ]*", "").replace('_', ' ').replace('-', ' ').strip();
        return name.isEmpty() ? file : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String anchor(String file) {
        return "section-" + PreparedFinding.idPart(file.replaceFirst("(?i)\\.(md|markdown)$", ""));
    }

    /** The files placed in the report, for the record of the build's inputs. */
    List<Path> files() {
        return List.copyOf(placed);
    }

    /** Every key a value can fill in the rendered files, for the unused-value warning. */
    Set<String> valueKeys() {
        return valueKeys;
    }

    /** Markdown files in the sections folder that no list places: probably forgotten. */
    void warnUnplaced() {
        Path folder = config.sectionsDirectory();
        if (!Files.isDirectory(folder) || !paths.isInside(folder)) {
            return;
        }
        try (var walk = Files.walk(folder, 4)) {
            walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile).sorted()
                    .filter(p -> !placed.contains(p.normalize()))
                    .forEach(p -> problems.warning(Location.of(paths.display(p)), "this section file is not placed"
                            + " in the report", "name it under sections: before or after in the descriptor"));
        } catch (java.io.IOException e) {
            // listing is only for a helpful warning; the report itself does not depend on it
        }
    }
}

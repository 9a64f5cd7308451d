package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.engagement.FindingOrder;
import io.github.dossier.engagement.Value;
import io.github.dossier.history.Comparison;
import io.github.dossier.history.PreviousVersion;
import io.github.dossier.provenance.Provenance;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problems;
import io.github.dossier.render.CrossReference;
import io.github.dossier.render.Evidence;
import io.github.dossier.render.FindingInput;
import io.github.dossier.render.MarkdownEscaper;
import io.github.dossier.render.Resolver;
import io.github.dossier.template.Section;
import io.github.dossier.template.TemplateLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a report from a descriptor: load and check the descriptor, find and parse the templates,
 * order and number the findings, then resolve every finding's markup. Every problem of the run
 * is collected; any error ends in one {@link InvalidInputException} that lists them all.
 */
public final class ReportBuilder {

    private final ReportConfig config;
    private final ProjectPaths paths;

    public ReportBuilder(ReportConfig config) {
        this.config = config;
        this.paths = new ProjectPaths(config.projectRoot());
    }

    /**
     * Builds the report.
     *
     * @throws InvalidInputException when the input has errors (all of them, sorted)
     */
    public Report build() {
        Problems problems = new Problems();
        Engagement engagement = Libraries.loader(config).load(config.descriptor(), problems)
                .orElseThrow(() -> failure(problems));
        TemplateLibrary library = Libraries.open(config, engagement.libraries(), engagement.librariesComplete(),
                problems);
        List<PreparedFinding> unordered = new FindingPreparer(engagement, library, config, paths, problems).prepare();
        Map<String, FindingCvss> cvss = cvss(unordered, engagement, problems);
        List<PreparedFinding> prepared = order(unordered, engagement.info().order(), cvss);
        Evidence evidence = new Evidence();
        Map<String, CrossReference> references = references(prepared, engagement, problems);
        List<RenderedFinding> findings = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            PreparedFinding f = prepared.get(i);
            findings.add(render(f, i + 1, cvss.get(f.key()), engagement, references, evidence, problems));
        }
        WriterSections sections = new WriterSections(config, paths, engagement, problems);
        List<RenderedSection> before = sections.render(true, findings.size(), references, evidence);
        List<RenderedSection> after = sections.render(false, findings.size(), references, evidence);
        RenderedSection summary = sections.renderSummary(findings.size(), references, evidence).orElse(null);
        sections.warnUnplaced();
        warnUnusedEngagementValues(engagement, prepared, sections.valueKeys(), problems);
        checkEngagementOptions(engagement, prepared, problems);
        EvidenceImages.check(evidence.files().values(), engagement, prepared, problems);
        PreviousVersions versions = new PreviousVersions(config, paths, engagement, problems);
        PreviousVersion previous = versions.read().orElse(null);
        Comparison changes = previous == null ? null : versions.compare(previous, findings);
        if (changes != null && changes.retest()) {
            versions.checkRetest(previous, prepared);
        }
        Map<String, Path> templates = new java.util.TreeMap<>();
        prepared.forEach(f -> templates.putIfAbsent(f.template().id(), f.template().file()));
        List<Path> inputs = new ArrayList<>(templates.values());
        inputs.addAll(sections.files());
        List<Path> allInputs = InputFiles.of(engagement, inputs);
        Provenance provenance = ReportProvenance.of(paths, engagement, library.roots(), templates, sections.files(),
                allInputs, previous, problems);
        if (problems.hasErrors()) {
            throw failure(problems);
        }
        List<Path> tracked = new ArrayList<>(allInputs);
        versions.file().ifPresent(tracked::add);
        return new Report(ReportInfo.of(dated(engagement.info())), findings, evidence.files(), problems.sorted(),
                config.settings().draft(), tracked, library.roots(), before, after, summary, changes, provenance,
                templates);
    }

    /** The descriptor's date, else the build's fixed timestamp: never the clock, so builds repeat. */
    private EngagementInfo dated(EngagementInfo info) {
        if (!info.date().isBlank() || config.defaultDate().isBlank()) {
            return info;
        }
        return info.withDate(config.defaultDate());
    }

    private InvalidInputException failure(Problems problems) {
        long errors = problems.errors().size();
        return new InvalidInputException("the report cannot be built: " + errors + " error" + (errors == 1 ? "" : "s")
                + " in " + paths.display(config.descriptor()) + " and its templates", problems.sorted());
    }

    /** Each finding's CVSS by key, resolved once: it orders the findings and is rendered with them. */
    private Map<String, FindingCvss> cvss(List<PreparedFinding> prepared, Engagement engagement, Problems problems) {
        Map<String, FindingCvss> cvss = new LinkedHashMap<>();
        for (PreparedFinding f : prepared) {
            Resolver resolver = resolver(f, engagement, Map.of(), new Evidence(), problems);
            cvss.put(f.key(), FindingCvss.resolve(f, resolver, engagement, problems));
        }
        return cvss;
    }

    /**
     * Highest risk first, then highest CVSS score (findings without one after those with one), then
     * descriptor order; or as written.
     */
    private static List<PreparedFinding> order(List<PreparedFinding> findings, FindingOrder order,
            Map<String, FindingCvss> cvss) {
        List<PreparedFinding> sorted = new ArrayList<>(findings);
        if (order == FindingOrder.RISK) {
            sorted.sort(Comparator.comparingInt((PreparedFinding f) -> -f.risk().rank())
                    .thenComparingDouble(f -> -cvss.get(f.key()).scoreIfAny().map(s -> s.score()).orElse(-1.0))
                    .thenComparingInt(PreparedFinding::index));
        }
        return sorted;
    }

    /** Numbers and titles for {@code @key}; titles are resolved first, without references. */
    private Map<String, CrossReference> references(List<PreparedFinding> prepared, Engagement engagement,
            Problems problems) {
        Map<String, CrossReference> references = new LinkedHashMap<>();
        for (int i = 0; i < prepared.size(); i++) {
            PreparedFinding f = prepared.get(i);
            Resolver resolver = resolver(f, engagement, Map.of(), new Evidence(), problems);
            String title = MarkdownEscaper.unescape(resolver.resolve(f.template().title()).strip());
            references.put(f.key(), new CrossReference(String.valueOf(i + 1), title, f.anchor()));
        }
        return references;
    }

    private RenderedFinding render(PreparedFinding f, int number, FindingCvss cvss, Engagement engagement,
            Map<String, CrossReference> references, Evidence evidence, Problems problems) {
        MarkdownValues.check(f.template(), f.spec().values(), engagement.values(), problems);
        Resolver resolver = resolver(f, engagement, references, evidence, problems);
        String title = resolver.resolve(f.template().title()).strip();
        Map<FindingPart, String> sections = new EnumMap<>(FindingPart.class);
        for (Section section : f.template().sections()) {
            sections.put(FindingPart.valueOf(section.kind().name()),
                    MarkdownLayout.tidy(resolver.resolve(section.body())));
        }
        String category = resolver.frontField(f.spec().category(), f.template().frontMatter().category(), "category")
                .orElse("");
        return new RenderedFinding(number, f.key(), f.anchor(), f.template().id(), title,
                MarkdownEscaper.unescape(title), sections, f.impact(), f.likelihood(), f.risk(), category,
                cvss.text(), FindingStatus.valueOf(f.spec().status().name()), f.spec().affected(), cvss.score(),
                f.origin() == null ? null : new FindingOrigin(f.origin().name(), f.origin().version()),
                f.spec().fieldLocations().containsKey("status"));
    }

    private Resolver resolver(PreparedFinding f, Engagement engagement, Map<String, CrossReference> references,
            Evidence evidence, Problems problems) {
        return new Resolver(new FindingInput(f.template(), f.spec(), f.key(), engagement.values(),
                engagement.options(), f.plural(),
                references, evidence, engagement.descriptor().getParent(), paths, config.settings(), problems));
    }

    /**
     * {@code engagement.options} decide by label for every finding: a number would mean a
     * different option in each template, and a label no template has is probably misspelt.
     */
    private static void checkEngagementOptions(Engagement engagement, List<PreparedFinding> prepared,
            Problems problems) {
        Set<String> labels = new HashSet<>();
        prepared.forEach(f -> f.template().groups().stream().filter(io.github.dossier.template.Node.Group::hasLabel)
                .forEach(g -> labels.add(g.label().toLowerCase(java.util.Locale.ROOT))));
        engagement.options().forEach((key, choice) -> {
            if (key.strip().matches("\\d+")) {
                problems.error(choice.location(), "engagement.options decides by label, but '" + key + "' is a number",
                        "a number names a different option in each template: decide it under the finding's options");
            } else if (!prepared.isEmpty() && !labels.contains(key.strip().toLowerCase(java.util.Locale.ROOT))) {
                problems.warning(choice.location(), "engagement option '" + key + "' names no option of any finding's"
                        + " template", io.github.dossier.problem.Suggestions.didYouMean(key, labels,
                        "remove it if unused"));
            }
        });
    }

    /** An engagement value that no finding's template can use is probably misspelt. */
    private static void warnUnusedEngagementValues(Engagement engagement, List<PreparedFinding> prepared,
            Set<String> sectionKeys, Problems problems) {
        Set<String> used = new HashSet<>();
        sectionKeys.forEach(k -> used.add(FindingPreparer.normal(k)));
        prepared.forEach(f -> f.template().valueKeys().forEach(k -> used.add(FindingPreparer.normal(k))));
        for (Map.Entry<String, Value> e : engagement.values().entrySet()) {
            if (!used.contains(FindingPreparer.normal(e.getKey())) && !prepared.isEmpty()) {
                problems.warning(e.getValue().location(), "engagement value '" + e.getKey()
                        + "' matches nothing in any finding's template",
                        io.github.dossier.problem.Suggestions.didYouMean(e.getKey(), used, "remove it if unused"));
            }
        }
    }
}

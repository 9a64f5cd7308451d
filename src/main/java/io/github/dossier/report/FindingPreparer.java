package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.risk.Level;
import io.github.dossier.template.LibraryOrigin;
import io.github.dossier.template.NodeText;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds each finding's template, gives it a unique key, settles its impact, likelihood and risk,
 * and checks that its values match something in the template.
 */
final class FindingPreparer {

    private final Engagement engagement;
    private final TemplateLibrary library;
    private final ReportConfig config;
    private final ProjectPaths paths;
    private final Problems problems;

    /** A descriptor entry whose template was found. */
    private record Listed(FindingSpec spec, Template template, int index, LibraryOrigin origin) {
    }

    FindingPreparer(Engagement engagement, TemplateLibrary library, ReportConfig config, ProjectPaths paths,
            Problems problems) {
        this.engagement = engagement;
        this.library = library;
        this.config = config;
        this.paths = paths;
        this.problems = problems;
    }

    /** The listed findings, with scan data where they take it, then the generated ones. */
    List<PreparedFinding> prepare() {
        List<Listed> listed = new ArrayList<>();
        List<FindingSpec> specs = engagement.findings();
        for (int i = 0; i < specs.size(); i++) {
            FindingSpec spec = specs.get(i);
            int index = i;
            // with a library missing (reported once), its templates are not reported again per finding
            library.find(spec.template(), spec.locationOf("template"), library.isComplete() ? problems : new Problems())
                    .ifPresent(entry -> library.load(entry, problems)
                            .ifPresent(template -> listed.add(new Listed(spec, template, index, entry.origin()))));
        }
        ScanFindings scans = ScanFindings.read(engagement, library, listed.stream().map(Listed::template).toList(),
                paths, problems);
        List<PreparedFinding> prepared = new ArrayList<>();
        Map<String, FindingSpec> keys = new HashMap<>();
        for (Listed l : listed) {
            String key = l.spec().explicitKey().orElse(l.template().id());
            FindingSpec previous = keys.putIfAbsent(key, l.spec());
            if (previous != null) {
                // two explicit keys are the loader's to report; a default key (the template id) is ours
                if (l.spec().key() == null || previous.key() == null) {
                    problems.error(l.spec().locationOf(l.spec().key() == null ? "template" : "key"), "a second"
                            + " finding with key '" + key + "' (the first is at line " + previous.location().line()
                            + ")", "give each finding its own 'key:'; findings using the same template need one");
                }
                continue;
            }
            prepared.add(prepare(scans.apply(l.spec(), l.template(), key), l.template(), key, l.index(), l.origin()));
        }
        Set<String> listedTemplates = new HashSet<>();
        listed.forEach(l -> listedTemplates.add(l.template().id()));
        int index = specs.size();
        for (ScanFindings.Generated g : scans.generated(listedTemplates, keys.keySet())) {
            prepared.add(prepare(g.spec(), g.template(), g.template().id(), index++, originOf(g.template().id())));
        }
        return prepared;
    }

    private PreparedFinding prepare(FindingSpec spec, Template template, String key, int index,
            io.github.dossier.template.LibraryOrigin origin) {
        Level impact = level(spec.impact(), template.section(Section.Kind.IMPACT), spec, key);
        Level likelihood = level(spec.likelihood(), template.section(Section.Kind.LIKELIHOOD), spec, key);
        checkValues(spec, template, key);
        guidance(template, key);
        if (engagement.info().isExternal() && !template.frontMatter().externalNetwork()) {
            problems.warning(spec.locationOf("template"), "finding '" + key + "' uses template " + template.id()
                    + ", which is not marked for external-network reports",
                    "check it belongs here, or set report_on_external_network_test: true in the template");
        }
        return new PreparedFinding(spec, template, key, impact, likelihood,
                engagement.riskMatrix().riskOf(impact, likelihood), index, origin);
    }

    /** The override, else the heading's level; an unreadable heading without override is an error. */
    private Level level(Level override, Section section, FindingSpec spec, String key) {
        if (override != null) {
            return override;
        }
        if (section.level() != null) {
            return section.level();
        }
        String name = section.kind().heading().toLowerCase(java.util.Locale.ROOT);
        problems.error(section.heading(), section.kind().heading() + " level '" + section.levelText()
                + "' is not Low, Medium, High or N/A (finding '" + key + "')",
                "set '" + name + ":' on the finding, or fix the heading");
        return Level.NOT_APPLICABLE;
    }

    /** The library a generated finding's template came from. */
    private LibraryOrigin originOf(String id) {
        return library.entries().stream().filter(e -> e.id().equals(id)).findFirst()
                .map(TemplateLibrary.Entry::origin).orElse(null);
    }

    /**
     * Lints and broken markup (every build); the writer's comment and script blocks (check and
     * draft builds): never in a report.
     */
    private void guidance(Template template, String key) {
        TemplateProblems.report(template, config.settings().draft(), problems);
        if (!config.lint() && !config.settings().draft()) {
            return;
        }
        String comment = template.frontMatter().comment().strip();
        if (!comment.isEmpty()) {
            problems.note(template.frontMatter().location(), "comment for the writer of finding '" + key + "': "
                    + comment.replaceAll("\\s+", " "));
        }
        if (!template.frontMatter().generation().isBlank()) {
            problems.note(template.frontMatter().location(), "template " + template.id() + " has a generation block;"
                    + " scripts in templates are never run");
        }
    }

    /** A finding value that matches nothing in its template is a warning naming the key. */
    private void checkValues(FindingSpec spec, Template template, String key) {
        Set<String> known = new HashSet<>();
        for (String k : template.valueKeys()) {
            known.add(normal(k));
        }
        spec.values().forEach((name, value) -> {
            if (!known.contains(normal(name))) {
                problems.warning(value.location(), "value '" + name + "' matches nothing in template "
                        + template.id() + " (finding '" + key + "')",
                        Suggestions.didYouMean(name, template.valueKeys(), "remove it, or check the template"));
            }
        });
    }

    /** Keys compare with choice spacing and editorial whitespace normalised. */
    static String normal(String key) {
        return NodeText.editorialKey(NodeText.choiceKey(key));
    }
}

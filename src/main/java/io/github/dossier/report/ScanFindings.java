package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.engagement.OptionChoice;
import io.github.dossier.engagement.TableFill;
import io.github.dossier.engagement.FindingSpec.AffectedFrom;
import io.github.dossier.engagement.Status;
import io.github.dossier.engagement.Value;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.scan.ScanFiles;
import io.github.dossier.scan.ScanInterest;
import io.github.dossier.scan.ScanMatch;
import io.github.dossier.scan.ScanResults;
import io.github.dossier.scan.ScanRule;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scan-driven findings (SPEC §5, docs/scans.md): reads the engagement's scan files once for the
 * rules of every template that can use them, gives listed findings their affected systems and
 * placeholder from the scans, and, with {@code generate: true}, adds a finding for every template
 * whose rules match. Each template that matched is noted in the log with how much.
 */
final class ScanFindings {

    /** A generated finding and its template. */
    record Generated(FindingSpec spec, Template template) {
    }

    private final Engagement engagement;
    private final Problems problems;
    /** Templates with rules, by id: listed ones, then (when generating) the libraries' in id order. */
    private final Map<String, Template> templates;
    private final Map<String, ScanMatch> matches = new HashMap<>();

    private ScanFindings(Engagement engagement, Map<String, Template> templates, Problems problems) {
        this.engagement = engagement;
        this.templates = templates;
        this.problems = problems;
    }

    /**
     * Reads the scans for the rules of {@code templates} (the listed findings' templates, and
     * the libraries' when generating). Without scan files nothing is read.
     */
    static ScanFindings read(Engagement engagement, TemplateLibrary library, List<Template> listed,
            ProjectPaths paths, Problems problems) {
        Map<String, Template> templates = new LinkedHashMap<>();
        listed.stream().filter(t -> t.frontMatter().scanRule().isPresent()).forEach(t -> templates.put(t.id(), t));
        if (engagement.scans().generate()) {
            generators(engagement, library, templates, paths, problems);
        }
        ScanFindings scans = new ScanFindings(engagement, templates, problems);
        Engagement.Scans settings = engagement.scans();
        if (settings.files().isEmpty()) {
            if (settings.generate()) {
                problems.error(settings.generateLocation(), "generate: true, but no scan files are listed",
                        "list them under scans:, for example scans: [scans/external.nessus]");
            }
            return scans;
        }
        Collection<ScanRule> rules = templates.values().stream()
                .map(t -> t.frontMatter().scanRule().orElseThrow()).toList();
        if (rules.isEmpty()) {
            problems.warning(settings.files().get(0).location(), "no template in use has scan: rules, so the scans"
                    + " are not read", "add scan: rules to templates (docs/scans.md)"
                    + (settings.generate() ? "" : ", or set generate: true"));
            return scans;
        }
        List<ScanFiles.Source> sources = settings.files().stream()
                .map(f -> new ScanFiles.Source(f.resolved(), paths.display(f.resolved()), f.location())).toList();
        ScanResults results = ScanFiles.read(sources, ScanInterest.of(rules), problems);
        templates.forEach((id, t) -> scans.matches.put(id, results.match(t.frontMatter().scanRule().orElseThrow(),
                problems)));
        return scans;
    }

    /**
     * Adds the libraries' templates that declare {@code scan:} (parsing only those: a broken
     * template without rules fails nothing). Templates that only have a script are counted.
     */
    private static void generators(Engagement engagement, TemplateLibrary library, Map<String, Template> templates,
            ProjectPaths paths, Problems problems) {
        int scripts = 0;
        for (TemplateLibrary.Entry entry : library.entries()) {
            Set<String> keys = TemplateLibrary.frontMatterKeys(entry);
            if (keys.contains("scan") && !templates.containsKey(entry.id())) {
                library.load(entry, problems).filter(t -> t.frontMatter().scanRule().isPresent())
                        .ifPresent(t -> templates.put(t.id(), t));
            } else if (keys.contains("generation") && !keys.contains("scan")) {
                scripts++;
            }
        }
        if (scripts > 0 && !engagement.libraries().isEmpty()) {
            problems.note(Location.of(paths.display(engagement.libraries().get(0).root())), scripts + " template"
                    + (scripts == 1 ? " has" : "s have") + " a generation script and no scan: rules, so "
                    + (scripts == 1 ? "it takes" : "they take") + " no part in generation (scripts in templates are"
                    + " never run); 'mvn dossier:migrate' rewrites the common ones");
        }
    }

    /**
     * A listed finding with its affected systems and placeholder from the scans, when it takes
     * them from there: {@code affected: scan}, or no {@code affected:} and a template with rules.
     */
    FindingSpec apply(FindingSpec spec, Template template, String key) {
        if (spec.affectedFrom() == AffectedFrom.LIST) {
            return spec;
        }
        boolean asked = spec.affectedFrom() == AffectedFrom.SCAN;
        ScanMatch match = matches.get(template.id());
        if (asked && engagement.scans().files().isEmpty()) {
            problems.error(spec.locationOf("affected"), "affected: scan, but the descriptor lists no scan files"
                    + " (finding '" + key + "')", "list them under scans:, or list the affected systems");
        } else if (asked && template.frontMatter().scanRule().isEmpty()) {
            problems.error(spec.locationOf("affected"), "affected: scan, but template " + template.id()
                    + " has no scan: rules (finding '" + key + "')",
                    "add scan: rules to the template (docs/scans.md), or list the affected systems");
        }
        if (match == null) {
            return spec;
        }
        ScanRule rule = template.frontMatter().scanRule().orElseThrow();
        if (match.isEmpty()) {
            problems.warning(spec.locationOf(asked ? "affected" : "template"), "no scan result matches the scan"
                    + " rules of template " + template.id() + " (finding '" + key + "')",
                    "check the rules at " + rule.location() + ", or list the affected systems");
            return spec;
        }
        problems.note(rule.location(), describe(match) + " for finding '" + key + "'");
        return spec.withScan(match.affected(), placeholder(template, rule, match))
                .withDefaults(options(rule), tables(rule, match));
    }

    /**
     * With {@code generate: true}, a finding for every template whose rules matched and that no
     * listed finding uses; for {@code type: external}, only templates marked for it.
     *
     * @param listedTemplates the ids of the listed findings' templates
     * @param listedKeys the listed findings' keys
     */
    List<Generated> generated(Set<String> listedTemplates, Set<String> listedKeys) {
        List<Generated> generated = new ArrayList<>();
        if (!engagement.scans().generate()) {
            return generated;
        }
        int matched = 0;
        for (Template template : templates.values()) {
            ScanMatch match = matches.get(template.id());
            if (match == null || match.isEmpty()) {
                continue;
            }
            matched++;
            if (listedTemplates.contains(template.id())) {
                continue;
            }
            ScanRule rule = template.frontMatter().scanRule().orElseThrow();
            if (engagement.info().isExternal() && !template.frontMatter().externalNetwork()) {
                problems.note(rule.location(), describe(match) + "; not generated: the template is not marked"
                        + " report_on_external_network_test and the engagement is external");
            } else if (listedKeys.contains(template.id())) {
                problems.warning(rule.location(), describe(match) + ", but a listed finding already has the key '"
                        + template.id() + "'", "give that finding another key: so this one can be generated");
            } else {
                problems.note(rule.location(), describe(match) + "; finding generated");
                generated.add(new Generated(generatedSpec(template, rule, match), template));
            }
        }
        problems.note(engagement.scans().generateLocation(), "generate: " + generated.size() + " finding"
                + (generated.size() == 1 ? "" : "s") + " generated; " + matched + " of " + templates.size()
                + " templates with scan rules matched");
        return generated;
    }

    private FindingSpec generatedSpec(Template template, ScanRule rule, ScanMatch match) {
        Location at = rule.location();
        return new FindingSpec(template.id(), null, List.of(), AffectedFrom.SCAN, null, Map.of(), null, Map.of(),
                null, null, null, Status.OPEN, at, Map.of("template", at))
                .withScan(match.affected(), placeholder(template, rule, match))
                .withDefaults(options(rule), tables(rule, match));
    }

    /**
     * The rule's decisions on options (already checked when the template was read), located at the
     * rule; a label the engagement decides is the engagement's to decide.
     */
    private Map<String, OptionChoice> options(ScanRule rule) {
        Set<String> engagementLabels = new java.util.HashSet<>();
        engagement.options().keySet().forEach(k -> engagementLabels.add(k.strip().toLowerCase(java.util.Locale.ROOT)));
        Map<String, OptionChoice> options = new java.util.LinkedHashMap<>();
        rule.options().forEach((key, written) -> {
            if (engagementLabels.contains(key.strip().toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            OptionChoice choice = OptionChoice.parse(key, written, rule.location());
            if (choice != null) {
                options.put(key, choice);
            }
        });
        return options;
    }

    /** The rows the matched results give the rule's table, if it fills one. */
    private static Map<String, TableFill> tables(ScanRule rule, ScanMatch match) {
        if (rule.table() == null || match.rows() == null) {
            return Map.of();
        }
        String number = String.valueOf(rule.table().number());
        List<TableFill.Row> rows = match.rows().stream().map(cells -> new TableFill.Row(
                cells.stream().map(c -> new Value.Text(c, rule.location())).toList(), Map.of(), rule.location()))
                .toList();
        return Map.of(number, new TableFill(number, rows, rule.location()));
    }

    /** The bullet list for {@code {==PLACEHOLDER==}}, or null when there is nothing to fill. */
    private Value placeholder(Template template, ScanRule rule, ScanMatch match) {
        if (match.placeholder() == null || template.findSlot("PLACEHOLDER").isEmpty()) {
            return null;
        }
        if (match.placeholder().isEmpty()) {
            problems.warning(rule.location(), "the capture found nothing in the plugin output of the " + match.results()
                    + " matching result" + (match.results() == 1 ? "" : "s") + ", so {==PLACEHOLDER==} has no value",
                    "check the pattern against the scan's plugin output");
            return null;
        }
        return new Value.Bullets(match.placeholder(), rule.location());
    }

    private static String describe(ScanMatch match) {
        int systems = match.affected().size();
        return "scan rules matched " + match.results() + " result" + (match.results() == 1 ? "" : "s") + " on "
                + systems + " system" + (systems == 1 ? "" : "s");
    }
}

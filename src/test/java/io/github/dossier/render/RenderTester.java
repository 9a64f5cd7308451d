package io.github.dossier.render;

import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.engagement.OptionChoice;
import io.github.dossier.engagement.Status;
import io.github.dossier.engagement.Value;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a template description with given values, for tests that read like the spec. */
final class RenderTester {

    private static final Location DESCRIPTOR = new Location("engagement.yaml", 1, 1);

    private final String description;
    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, Value> engagementValues = new LinkedHashMap<>();
    private final Map<String, OptionChoice> options = new LinkedHashMap<>();
    private final Map<String, OptionChoice> engagementOptions = new LinkedHashMap<>();
    private final Map<String, io.github.dossier.engagement.EditorialChoice> editorial = new LinkedHashMap<>();
    private final Map<String, io.github.dossier.engagement.TableFill> tables = new LinkedHashMap<>();
    private final Map<String, CrossReference> references = new LinkedHashMap<>();
    private Boolean plural;
    private boolean draft;
    private boolean editorialFails;
    private final Problems problems = new Problems();

    private RenderTester(String description) {
        this.description = description;
    }

    static RenderTester body(String description) {
        return new RenderTester(description);
    }

    static String templateText(String description) {
        return "---\ncategory: NET\ncvss: \"5.3\"\n---\n### A Finding\n" + description
                + "\n#### Impact: Low\nImpact text.\n#### Likelihood: Low\nLikelihood text.\n#### Recommendation\nFix it.\n";
    }

    RenderTester value(String key, String text) {
        values.put(key, new Value.Text(text, DESCRIPTOR));
        return this;
    }

    RenderTester value(String key, Value value) {
        values.put(key, value);
        return this;
    }

    RenderTester engagementValue(String key, String text) {
        engagementValues.put(key, new Value.Text(text, DESCRIPTOR));
        return this;
    }

    RenderTester option(String key, boolean include) {
        options.put(key, OptionChoice.ofBoolean(key, include, DESCRIPTOR));
        return this;
    }

    RenderTester option(String key, int alternative) {
        options.put(key, OptionChoice.ofAlternative(key, alternative, DESCRIPTOR));
        return this;
    }

    RenderTester option(String key, String text) {
        options.put(key, OptionChoice.ofText(key, text, DESCRIPTOR));
        return this;
    }

    RenderTester engagementOption(String label, boolean include) {
        engagementOptions.put(label, OptionChoice.ofBoolean(label, include, DESCRIPTOR));
        return this;
    }

    RenderTester editorial(int number, String decision) {
        io.github.dossier.engagement.EditorialChoice.Action action = switch (decision) {
            case "keep" -> io.github.dossier.engagement.EditorialChoice.Action.KEEP;
            case "drop" -> io.github.dossier.engagement.EditorialChoice.Action.DROP;
            default -> io.github.dossier.engagement.EditorialChoice.Action.REPLACE;
        };
        editorial.put(String.valueOf(number), new io.github.dossier.engagement.EditorialChoice(String.valueOf(number),
                action, action == io.github.dossier.engagement.EditorialChoice.Action.REPLACE
                        ? new Value.Text(decision, DESCRIPTOR) : null, DESCRIPTOR));
        return this;
    }

    RenderTester table(int number, List<List<String>> rows) {
        tables.put(String.valueOf(number), new io.github.dossier.engagement.TableFill(String.valueOf(number),
                rows.stream().map(r -> new io.github.dossier.engagement.TableFill.Row(
                        r.stream().map(c -> new Value.Text(c, DESCRIPTOR)).toList(), Map.of(), DESCRIPTOR)).toList(),
                DESCRIPTOR));
        return this;
    }

    RenderTester tableByHeader(int number, List<Map<String, String>> rows) {
        tables.put(String.valueOf(number), new io.github.dossier.engagement.TableFill(String.valueOf(number),
                rows.stream().map(r -> {
                    Map<String, Value.Text> cells = new LinkedHashMap<>();
                    r.forEach((k, v) -> cells.put(k, new Value.Text(v, DESCRIPTOR)));
                    return new io.github.dossier.engagement.TableFill.Row(List.of(), cells, DESCRIPTOR);
                }).toList(), DESCRIPTOR));
        return this;
    }

    RenderTester reference(String key, String number, String title) {
        references.put(key, new CrossReference(number, title, "finding-" + key));
        return this;
    }

    RenderTester plural(boolean value) {
        this.plural = value;
        return this;
    }

    RenderTester draft() {
        this.draft = true;
        return this;
    }

    RenderTester editorialFails() {
        this.editorialFails = true;
        return this;
    }

    Template template() {
        Template template = TemplateParser.parse("t", Path.of("t.md"), "t.md", templateText(description), problems)
                .orElseThrow(() -> new AssertionError("template did not parse: " + problems.sorted()));
        return template;
    }

    /** The resolved description. */
    String render() {
        Template template = template();
        FindingSpec spec = new FindingSpec("t", "f", List.of(), FindingSpec.AffectedFrom.UNSET, plural, values, null,
                options, null, null, null, Status.OPEN, DESCRIPTOR, Map.of(), editorial, tables);
        Path root = Path.of("").toAbsolutePath();
        Resolver resolver = new Resolver(new FindingInput(template, spec, "f", engagementValues, engagementOptions,
                plural == null || plural, references, new Evidence(), root, new ProjectPaths(root),
                new RenderSettings(draft, editorialFails), problems));
        return resolver.resolve(template.section(Section.Kind.DESCRIPTION).body());
    }

    List<String> errors() {
        return problems.errors().stream().map(Problem::toString).toList();
    }

    List<Problem> problems() {
        return problems.sorted();
    }
}

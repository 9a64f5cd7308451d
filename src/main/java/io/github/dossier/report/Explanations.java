package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Explanation;
import io.github.dossier.template.TemplateLibrary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How each template a descriptor names was read ({@code check -Ddossier.explain}): available
 * even when the report does not build yet, since that is when a writer needs it.
 */
public final class Explanations {

    private Explanations() {
    }

    /** Notes for every template the descriptor's findings name, each template once, sorted. */
    public static List<Problem> of(ReportConfig config) {
        Problems ignored = new Problems();
        Engagement engagement = Libraries.loader(config).load(config.descriptor(), ignored).orElse(null);
        if (engagement == null) {
            return List.of();
        }
        TemplateLibrary library = Libraries.open(config, engagement.libraries(), true, ignored);
        Set<String> names = new LinkedHashSet<>();
        engagement.findings().stream().map(FindingSpec::template).forEach(names::add);
        Problems notes = new Problems();
        for (String name : names) {
            library.find(name, engagement.findings().get(0).location(), ignored)
                    .flatMap(entry -> library.load(entry, ignored))
                    .ifPresent(template -> notes.addAll(Explanation.of(template)));
        }
        return notes.sorted();
    }
}

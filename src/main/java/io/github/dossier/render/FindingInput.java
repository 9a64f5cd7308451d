package io.github.dossier.render;

import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.engagement.Value;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Template;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything one finding's markup resolves against.
 *
 * @param template the finding's template
 * @param spec the descriptor's entry
 * @param key the finding's key (explicit, or the template id)
 * @param engagementValues the engagement-wide values
 * @param engagementOptions the engagement-wide decisions on options, by label
 * @param plural whether toggles take their plural side
 * @param references {@code @key} targets by key
 * @param evidence collects the evidence files the finding uses
 * @param descriptorDir the descriptor's folder, which evidence paths are relative to
 * @param paths the project's path guard
 * @param settings draft or strict
 * @param problems collects problems
 */
public record FindingInput(Template template, FindingSpec spec, String key, Map<String, Value> engagementValues,
        Map<String, io.github.dossier.engagement.OptionChoice> engagementOptions, boolean plural, Map<String, CrossReference> references, Evidence evidence, Path descriptorDir,
        ProjectPaths paths, RenderSettings settings, Problems problems) {
}

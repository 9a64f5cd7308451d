package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.history.PreviousVersion;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Problems;
import io.github.dossier.provenance.Input;
import io.github.dossier.provenance.Provenance;
import io.github.dossier.provenance.ProvenanceBuilder;
import io.github.dossier.template.LibraryRoot;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The provenance of a report being built: its libraries, descriptor, previous version and files. */
final class ReportProvenance {

    private ReportProvenance() {
    }

    /**
     * @param templates the templates used, by id
     * @param sections the writer's section files
     * @param inputs every file the report is built from (evidence is what is left of them once the
     *     descriptor, templates and sections are taken out)
     */
    static Provenance of(ProjectPaths paths, Engagement engagement, List<LibraryRoot> libraries,
            Map<String, Path> templates, List<Path> sections, List<Path> inputs, PreviousVersion previous,
            Problems problems) {
        ProvenanceBuilder builder = new ProvenanceBuilder(paths, problems);
        for (LibraryRoot root : libraries) {
            if (root.origin().isArtifact()) {
                builder.artifactLibrary(root.origin().name(), root.origin().version());
            } else {
                builder.folderLibrary(root.folder());
            }
        }
        builder.file(Input.Kind.DESCRIPTOR, engagement.descriptor());
        if (previous != null) {
            builder.previous(previous.source(), previous.sha256());
        }
        templates.forEach(builder::template);
        sections.forEach(s -> builder.file(Input.Kind.SECTION, s));
        engagement.scans().files().forEach(s -> builder.file(Input.Kind.SCAN, s.resolved()));
        Set<Path> known = new HashSet<>(templates.values());
        known.addAll(sections);
        known.add(engagement.descriptor());
        inputs.stream().filter(p -> !known.contains(p)).forEach(p -> builder.file(Input.Kind.EVIDENCE, p));
        return builder.build();
    }
}

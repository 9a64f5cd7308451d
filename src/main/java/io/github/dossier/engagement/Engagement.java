package io.github.dossier.engagement;

import io.github.dossier.problem.Location;
import io.github.dossier.risk.RiskMatrix;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded, type-checked engagement descriptor.
 *
 * @param descriptor the descriptor file (absolute)
 * @param info the {@code engagement:} section
 * @param libraries template roots in search order, absolute, each inside the project
 * @param values engagement-wide values in written order
 * @param findings the findings in written order
 * @param riskMatrix the standard matrix, or the descriptor's replacement
 * @param sections the writer's own sections placed before and after the findings
 */
public record Engagement(Path descriptor, EngagementInfo info, List<Library> libraries,
        Map<String, Value> values, List<FindingSpec> findings, RiskMatrix riskMatrix, ReportSections sections) {

    public Engagement {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(info, "info");
        libraries = List.copyOf(libraries);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        findings = List.copyOf(findings);
        Objects.requireNonNull(riskMatrix, "riskMatrix");
        sections = Objects.requireNonNullElse(sections, ReportSections.none());
    }

    /** Without writer sections. */
    public Engagement(Path descriptor, EngagementInfo info, List<Library> libraries, Map<String, Value> values,
            List<FindingSpec> findings, RiskMatrix riskMatrix) {
        this(descriptor, info, libraries, values, findings, riskMatrix, ReportSections.none());
    }

    /**
     * A template root.
     *
     * @param path as written
     * @param root the absolute folder
     * @param location where it is written
     */
    public record Library(String path, Path root, Location location) {
    }
}

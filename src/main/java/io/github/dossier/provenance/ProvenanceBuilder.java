package io.github.dossier.provenance;

import io.github.dossier.io.Digests;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects a report's inputs and digests their files: {@code new ProvenanceBuilder(…).…build()}. */
public final class ProvenanceBuilder {

    /** The value a library folder records: its templates are recorded one by one. */
    public static final String FOLDER = "folder";
    /** The value a file named but not there records. */
    public static final String MISSING = "missing";

    private final ProjectPaths paths;
    private final Problems problems;
    private final List<Input> inputs = new ArrayList<>();

    /**
     * @param paths the project, against which files are named
     * @param problems where an unreadable file is reported
     */
    public ProvenanceBuilder(ProjectPaths paths, Problems problems) {
        this.paths = paths;
        this.problems = problems;
        inputs.add(new Input(Input.Kind.PLUGIN, PluginVersion.coordinates(), PluginVersion.version()));
    }

    /** An artifact library: {@code groupId:artifactId} and its version. */
    public ProvenanceBuilder artifactLibrary(String coordinates, String version) {
        inputs.add(new Input(Input.Kind.LIBRARY, coordinates, version));
        return this;
    }

    /** A library folder of the project. */
    public ProvenanceBuilder folderLibrary(Path folder) {
        inputs.add(new Input(Input.Kind.LIBRARY, paths.display(folder), FOLDER));
        return this;
    }

    /** A template by its id; a template used twice is recorded once. */
    public ProvenanceBuilder template(String id, Path file) {
        if (!has(Input.Kind.TEMPLATE, id)) {
            digest(file).ifPresent(d -> inputs.add(new Input(Input.Kind.TEMPLATE, id, d)));
        }
        return this;
    }

    /** The previous version's {@code findings.json}, named as {@code previous:} names it. */
    public ProvenanceBuilder previous(String source, String sha256) {
        inputs.add(new Input(Input.Kind.PREVIOUS, source, sha256));
        return this;
    }

    /**
     * A file of the project: descriptor, writer's section, scan or evidence, named by its path;
     * {@value #MISSING} for a file that is not there (a draft may name evidence still to come).
     */
    public ProvenanceBuilder file(Input.Kind kind, Path file) {
        String name = paths.display(file);
        if (!has(kind, name)) {
            if (!java.nio.file.Files.isRegularFile(file)) {
                inputs.add(new Input(kind, name, MISSING));
            } else {
                digest(file).ifPresent(d -> inputs.add(new Input(kind, name, d)));
            }
        }
        return this;
    }

    private boolean has(Input.Kind kind, String name) {
        return inputs.stream().anyMatch(i -> i.kind() == kind && i.name().equals(name));
    }

    public Provenance build() {
        return new Provenance(inputs);
    }

    private java.util.Optional<String> digest(Path file) {
        try {
            return java.util.Optional.of(Digests.of(file));
        } catch (IOException e) {
            problems.error(Location.of(paths.display(file)), "cannot read the file for the report's provenance ("
                    + e.getClass().getSimpleName() + ")", "check that the file is readable");
            return java.util.Optional.empty();
        }
    }
}

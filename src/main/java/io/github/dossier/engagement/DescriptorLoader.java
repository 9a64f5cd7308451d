package io.github.dossier.engagement;

import io.github.dossier.io.ProjectPaths;

import io.github.dossier.problem.Problems;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads an engagement descriptor (SPEC §2) and checks it against the contract: every key known,
 * every value of the right kind, every path inside the project. All problems are reported at
 * once with {@code file:line:column}, so a writer fixes a descriptor in one pass.
 *
 * <p>YAML is only composed into nodes, never constructed into objects, under bounds on size,
 * aliases, nesting and the number of nodes a walk may visit: a descriptor may come from outside
 * the team, and loading it must be safe.
 */
public final class DescriptorLoader {

    /** The default limit on a descriptor's size: 8 MiB, far beyond any real engagement. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final ProjectPaths paths;
    private final long maxBytes;
    private final boolean defaultLibrary;

    /**
     * A loader for descriptors of one project.
     *
     * @param projectRoot the project's base directory; libraries are relative to it, and no
     *     path a descriptor names may leave it
     */
    public DescriptorLoader(Path projectRoot) {
        this(projectRoot, DEFAULT_MAX_BYTES);
    }

    /**
     * A loader with a size limit other than {@link #DEFAULT_MAX_BYTES}.
     *
     * @param projectRoot the project's base directory
     * @param maxBytes the largest descriptor accepted, in bytes; positive
     */
    public DescriptorLoader(Path projectRoot, long maxBytes) {
        Objects.requireNonNull(projectRoot, "projectRoot");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.paths = new ProjectPaths(projectRoot);
        this.maxBytes = maxBytes;
        this.defaultLibrary = true;
    }

    private DescriptorLoader(DescriptorLoader other, boolean defaultLibrary) {
        this.paths = other.paths;
        this.maxBytes = other.maxBytes;
        this.defaultLibrary = defaultLibrary;
    }

    /**
     * A loader that leaves {@link Engagement#libraries()} empty when the descriptor names none,
     * instead of defaulting to {@code src/findings}: for builds whose libraries come from the
     * plugin's configuration.
     */
    public DescriptorLoader withoutDefaultLibrary() {
        return new DescriptorLoader(this, false);
    }

    /**
     * Loads and type-checks a descriptor. Every problem goes to {@code problems}, all at once,
     * never only the first; locations name the descriptor relative to the project root.
     *
     * <p>When the descriptor has errors but can still be read (for example an unknown key), an
     * engagement is returned with the faulty parts left out or empty, so callers can keep
     * checking; they must consult {@link Problems#hasErrors()} before rendering. Never throws
     * for bad user input.
     *
     * @param descriptor the descriptor file; a relative path is taken relative to the project root
     * @param problems where problems are collected
     * @return the engagement, or empty when the file cannot be used at all: missing, unreadable,
     *     too large, not UTF-8, not YAML, empty or not a mapping
     */
    public Optional<Engagement> load(Path descriptor, Problems problems) {
        Path file = paths.root().resolve(descriptor).toAbsolutePath().normalize();
        String display = paths.display(file);
        YamlNodes nodes = new YamlNodes(display, problems);
        try {
            return DescriptorSource.read(file, display, maxBytes, problems)
                    .flatMap(text -> {
                        nodes.limitFor(text.length());
                        return new YamlComposer(nodes).compose(text, maxBytes);
                    })
                    .flatMap(root -> new DescriptorReader(file, nodes, paths, defaultLibrary).read(root));
        } catch (YamlNodes.TooManyNodes e) {
            problems.error(e.location, "descriptor expands to more than " + nodes.limit()
                    + " values through aliases", "write the repeated parts out instead of using aliases (*name)");
            return Optional.empty();
        }
    }
}

package io.github.dossier.report;

import io.github.dossier.engagement.DescriptorLoader;
import io.github.dossier.engagement.Engagement.Library;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.library.LibraryArchive;
import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.library.LibrarySettings;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.LibraryRoot;
import io.github.dossier.template.TemplateLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens the template libraries of a build: the descriptor's, then the configuration's, in that
 * order; folders as they are, artifacts resolved and unpacked.
 */
public final class Libraries {

    /** How messages name the plugin's {@code libraries} parameter. */
    public static final String PARAMETER = "<libraries>";

    private Libraries() {
    }

    /** The descriptor loader for a build: no default folder when the configuration names libraries. */
    public static DescriptorLoader loader(ReportConfig config) {
        DescriptorLoader loader = new DescriptorLoader(config.projectRoot(), config.limits().descriptor());
        return config.libraries().extra().isEmpty() ? loader : loader.withoutDefaultLibrary();
    }

    /** For builds without a descriptor: the configuration's libraries, else {@code src/findings}. */
    public static List<Library> withoutDescriptor(ReportConfig config, Problems problems) {
        if (!config.libraries().extra().isEmpty()) {
            return List.of();
        }
        return Library.of("src/findings", Location.of(PARAMETER), new ProjectPaths(config.projectRoot()), problems)
                .stream().toList();
    }

    /**
     * Indexes the descriptor's libraries followed by the configuration's.
     *
     * @param complete whether the descriptor's libraries were all accepted
     */
    public static TemplateLibrary open(ReportConfig config, List<Library> descriptorLibraries, boolean complete,
            Problems problems) {
        ProjectPaths paths = new ProjectPaths(config.projectRoot());
        List<Library> all = new ArrayList<>(descriptorLibraries);
        for (String written : config.libraries().extra()) {
            Library.of(written, Location.of(PARAMETER), paths, problems).ifPresent(all::add);
        }
        List<LibraryRoot> roots = new ArrayList<>();
        boolean opened = complete;
        for (Library library : all) {
            Optional<LibraryRoot> root = root(library, config.libraries(), paths, problems);
            root.ifPresent(roots::add);
            opened &= root.isPresent();
        }
        TemplateLibrary library = TemplateLibrary.open(roots, paths, problems).limitedTo(config.limits().template());
        return opened ? library : library.incomplete();
    }

    private static Optional<LibraryRoot> root(Library library, LibrarySettings settings, ProjectPaths paths,
            Problems problems) {
        if (!library.isArtifact()) {
            return Optional.of(LibraryRoot.folder(library.root(), paths.display(library.root())));
        }
        LibraryCoordinates coordinates = library.coordinates();
        try {
            Path archive = settings.resolver().resolve(coordinates);
            Path folder = LibraryArchive.unpack(archive, coordinates, settings.workDirectory());
            return Optional.of(new LibraryRoot(folder, coordinates.origin(),
                    coordinates.fileName() + "!/" + LibraryCoordinates.FOLDER, coordinates.toString()));
        } catch (LibraryResolutionException e) {
            problems.error(library.location(), "library " + coordinates + " cannot be used: " + e.getMessage(),
                    "check the coordinates and version, install or deploy the library, or build online"
                            + " (offline builds see only the local repository)");
            return Optional.empty();
        }
    }
}

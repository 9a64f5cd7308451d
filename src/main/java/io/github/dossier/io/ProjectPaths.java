package io.github.dossier.io;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the paths a descriptor names and keeps them inside the project: a report build must
 * never read files from elsewhere on the machine (a descriptor may come from a client or a
 * colleague), neither through {@code ..}, an absolute path nor a symbolic link.
 */
public final class ProjectPaths {

    /** A URL scheme; two letters at least, so a Windows drive ({@code C:}) is not one. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private final Path root;
    private final Path realRoot;

    public ProjectPaths(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = realPath(this.root);
    }

    public Path root() {
        return root;
    }

    /** A path as shown to the user: relative to the project with {@code /}, else its file name. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(root) && !abs.equals(root)) {
            return root.relativize(abs).toString().replace(File.separatorChar, '/');
        }
        Path name = abs.getFileName();
        return name == null ? abs.toString() : name.toString();
    }

    /** A template root, relative to the project; it must exist and be a folder. */
    public Optional<Path> library(String written, Location at, Problems problems) {
        Optional<Path> resolved = resolve(root, written, "library", at, problems);
        if (resolved.isEmpty()) {
            return resolved;
        }
        Path path = resolved.get();
        if (escapes(path)) {
            problems.error(at, "library path '" + written + "' escapes the project",
                    "keep libraries inside the project or install them as Maven artifacts");
        } else if (!Files.exists(path)) {
            problems.error(at, "library folder not found", "create " + display(path) + " or correct the path");
        } else if (!Files.isDirectory(path)) {
            problems.error(at, "library path is not a folder", "name the folder that holds the templates");
        } else {
            return resolved;
        }
        return Optional.empty();
    }

    /**
     * An evidence file, relative to the descriptor's folder. Whether it exists is the renderer's
     * concern (it reports missing evidence with the finding); leaving the project is refused here.
     */
    public Optional<Path> evidence(String written, Path descriptorFolder, Location at, Problems problems) {
        return descriptorFile(written, descriptorFolder, "evidence", at, problems);
    }

    /**
     * A scan file ({@code .nessus}, Trivy JSON), relative to the descriptor's folder; as with
     * evidence, only leaving the project is refused here.
     */
    public Optional<Path> scan(String written, Path descriptorFolder, Location at, Problems problems) {
        return descriptorFile(written, descriptorFolder, "scan", at, problems);
    }

    /**
     * A previous version's {@code findings.json} ({@code engagement.previous}), relative to the
     * descriptor's folder; leaving the project is refused.
     */
    public Optional<Path> previous(String written, Path descriptorFolder, Location at, Problems problems) {
        return descriptorFile(written, descriptorFolder, "previous version", at, problems);
    }

    private Optional<Path> descriptorFile(String written, Path descriptorFolder, String what, Location at,
            Problems problems) {
        if (SCHEME.matcher(written).matches()) {
            problems.error(at, "remote " + what + " '" + written + "' is never fetched",
                    "download it into the project");
            return Optional.empty();
        }
        Optional<Path> resolved = resolve(descriptorFolder, written, what, at, problems);
        if (resolved.isPresent() && escapes(resolved.get())) {
            problems.error(at, what + " path '" + written + "' escapes the project",
                    "copy the file into the project and name it relative to the descriptor");
            return Optional.empty();
        }
        return resolved;
    }

    private static Optional<Path> resolve(Path base, String written, String what, Location at, Problems problems) {
        if (written.isBlank()) {
            problems.error(at, what + " path is empty", "write a path relative to "
                    + (what.equals("library") ? "the project" : "the descriptor"));
            return Optional.empty();
        }
        try {
            return Optional.of(base.resolve(written).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            problems.error(at, what + " path '" + written + "' is not a valid path", "write a plain relative path");
            return Optional.empty();
        }
    }

    /** Whether a path stays inside the project, symbolic links followed. */
    public boolean isInside(Path path) {
        return !escapes(path.toAbsolutePath().normalize());
    }

    /**
     * Outside the project as written, or once symbolic links are followed. A path that does not
     * exist yet is judged by its nearest existing parent, so a linked folder cannot smuggle it out.
     */
    private boolean escapes(Path path) {
        if (!path.startsWith(root)) {
            return true;
        }
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && !realPath(existing).startsWith(realRoot);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            // Not there (yet): the normalised path is the best we know.
            return path;
        }
    }
}

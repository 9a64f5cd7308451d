package io.github.dossier.io;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps what a build writes under the build folder ({@code target/}). The report folder and the
 * work folder (unpacked libraries, the record of the last build) are checked with symbolic links
 * followed: a linked {@code target/dossier} would otherwise send a client's report, or a library
 * unpacking, anywhere on the machine. They must also not overlap, since the report folder is
 * replaced whole by every build.
 */
public final class BuildFolders {

    private BuildFolders() {
    }

    /**
     * @param buildDirectory the project's build folder ({@code project.build.directory})
     * @param outputDirectory the report folder, or null for goals that write none
     * @param workDirectory the work folder
     * @throws InvalidInputException naming each folder that leaves the build folder, at its parameter
     */
    public static void check(Path buildDirectory, Path outputDirectory, Path workDirectory) {
        Problems problems = new Problems();
        Path build = buildDirectory.toAbsolutePath().normalize();
        Path work = inside(workDirectory, "work folder", "dossier.workDirectory", build, problems);
        Path out = outputDirectory == null ? null
                : inside(outputDirectory, "output folder", "dossier.outputDirectory", build, problems);
        if (out != null && work != null && (out.startsWith(work) || work.startsWith(out))) {
            problems.error(Location.of("dossier.outputDirectory"), "the output folder " + shown(outputDirectory, build)
                    + " and the work folder " + shown(workDirectory, build) + " overlap; every build replaces the"
                    + " output folder whole", "give each a folder of its own, such as target/dossier and"
                    + " target/dossier-work");
        }
        problems.throwIfErrors("a build folder is outside the build directory " + build);
    }

    /** The folder's real path when it stays strictly inside the build folder, else null (reported). */
    private static Path inside(Path folder, String what, String parameter, Path build, Problems problems) {
        Path written = folder.toAbsolutePath().normalize();
        Path real = resolved(written);
        Path realBuild = resolved(build);
        Location at = Location.of(parameter);
        if (real == null || realBuild == null) {
            problems.error(at, "the " + what + " " + shown(written, build) + " is reached through a symbolic link"
                    + " to nothing", "remove the link; Dossier creates the folders it needs");
        } else if (!real.startsWith(realBuild) || real.equals(realBuild)) {
            String resolves = real.equals(written) ? ""
                    : " resolves to " + relative(real, build.getParent() == null ? null : resolved(build.getParent()))
                            + " and";
            problems.error(at, "the " + what + " " + shown(written, build) + resolves + " is not inside the build"
                    + " folder " + build.getFileName(), "keep it under the build folder, with no symbolic link"
                    + " leading out: Dossier writes nowhere else");
        } else {
            return real;
        }
        return null;
    }

    /**
     * The real path: the nearest part that exists with its links followed, the rest appended;
     * null when a link on the way points to nothing.
     */
    static Path resolved(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return null;
        }
    }

    /** A folder as the user wrote it, relative to the project (the build folder's parent). */
    private static String shown(Path folder, Path build) {
        return relative(folder, build.getParent());
    }

    /** {@code path} relative to {@code base} with {@code /} when it is below it, else absolute. */
    private static String relative(Path path, Path base) {
        Path abs = path.toAbsolutePath().normalize();
        return base != null && abs.startsWith(base) && !abs.equals(base)
                ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}

package io.github.dossier.output;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Puts a whole report in place as one switch of a directory entry, so the output folder holds
 * the complete previous report or the complete new one, never a mix, even when the build is
 * killed. Beside the output folder ({@code target/dossier}) the new report is written into
 * {@code .dossier.new-N}, renamed to {@code .dossier.next} once complete, then the old folder
 * is renamed to {@code .dossier.old}, {@code .dossier.next} to {@code dossier}, and the old one
 * deleted. Each rename is atomic. A build killed on the way leaves names that say how far it
 * got; {@link #recover} (run before every commit and at the start of {@code assemble}) finishes
 * the switch or removes the debris. Between the two renames the folder is absent for an instant;
 * a build killed exactly then leaves the new report complete in {@code .dossier.next}, and the
 * next build moves it in.
 *
 * <p>The folder is Dossier's own: each build replaces it whole, so outputs of formats no longer
 * written, draft outputs and unused evidence copies do not linger. A folder holding files that
 * Dossier does not write is refused rather than replaced. One build at a time commits a given
 * folder: a lock file ({@code .dossier.lock}) beside it serialises builds in other processes, a
 * lock per folder the threads of one.
 */
public final class ReportCommit {

    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private ReportCommit() {
    }

    /** Writes the files of a new report into the folder it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Replaces {@code outputDirectory} with a folder holding exactly {@code files}.
     *
     * @param files contents by path relative to the folder ({@code evidence/a.png})
     * @throws InvalidInputException when the folder holds files Dossier does not write
     * @throws OutputException when the disk refuses
     */
    public static void replace(Map<String, byte[]> files, Path outputDirectory) {
        replace(folder -> {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder) || target.equals(folder)) {
                    throw new IOException("output name " + file.getKey() + " leaves the output folder");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }, outputDirectory);
    }

    /**
     * Replaces {@code outputDirectory} with a folder holding exactly what {@code contents} writes
     * into the new folder (the formats stream their files there). Should writing fail, the new
     * folder is removed and the previous report stays.
     *
     * @throws InvalidInputException when the folder holds files Dossier does not write
     * @throws OutputException when the disk refuses
     */
    public static void replace(Contents contents, Path outputDirectory) {
        Names names = Names.of(outputDirectory);
        locked(names, () -> {
            recoverLocked(names);
            refuseForeign(names.out);
            Path staging = Files.createTempDirectory(names.parent, names.prefix + "new-");
            boolean written = false;
            try {
                contents.writeInto(staging);
                written = true;
            } finally {
                if (!written) {
                    delete(staging);
                }
            }
            rename(staging, names.next);
            switchIn(names);
        });
    }

    /**
     * Finishes or undoes a commit that a killed build left half done, and removes its debris.
     * Does nothing when there is nothing to do.
     *
     * @throws OutputException when the disk refuses
     */
    public static void recover(Path outputDirectory) {
        Names names = Names.of(outputDirectory);
        if (leftovers(names)) {
            locked(names, () -> recoverLocked(names));
        }
    }

    /** Whether anything of an unfinished commit lies beside the folder; cheap, and takes no lock. */
    private static boolean leftovers(Names names) {
        if (!Files.isDirectory(names.parent)) {
            return false;
        }
        String debris = names.prefix + "{new-*,next,old}";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(names.parent, debris)) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            return true; // let the locked pass report what is wrong
        }
    }

    /** The names of a commit: the output folder and its siblings. */
    private record Names(Path out, Path parent, String prefix, Path next, Path old, Path lock) {
        static Names of(Path outputDirectory) {
            Path out = outputDirectory.toAbsolutePath().normalize();
            Path parent = out.getParent();
            String prefix = "." + out.getFileName() + ".";
            return new Names(out, parent, prefix, parent.resolve(prefix + "next"), parent.resolve(prefix + "old"),
                    parent.resolve(prefix + "lock"));
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void locked(Names names, Step step) {
        ReentrantLock threads = LOCKS.computeIfAbsent(names.out, k -> new ReentrantLock());
        threads.lock();
        try {
            Files.createDirectories(names.parent);
            try (FileChannel channel = FileChannel.open(names.lock, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock processes = channel.lock()) {
                step.run();
            }
        } catch (IOException e) {
            throw new OutputException("cannot write the report to " + names.out + ": " + e.getMessage(), e);
        } finally {
            threads.unlock();
        }
    }

    /** Old report aside, new one in, old one gone; only the middle instant has no folder. */
    private static void switchIn(Names names) throws IOException {
        if (Files.exists(names.out, LinkOption.NOFOLLOW_LINKS)) {
            rename(names.out, names.old);
        }
        rename(names.next, names.out);
        delete(names.old);
    }

    /** Reads the names a killed commit left and brings the folder to the last complete report. */
    private static void recoverLocked(Names names) throws IOException {
        for (Path staging : siblings(names, names.prefix + "new-")) {
            delete(staging); // never completed: the build that wrote it died before renaming it
        }
        boolean out = Files.exists(names.out, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(names.next)) {
            if (out && Files.exists(names.old, LinkOption.NOFOLLOW_LINKS)) {
                delete(names.old); // cannot come from one commit; the output folder is the newer
            }
            switchIn(names);
        } else if (!out && Files.isDirectory(names.old)) {
            rename(names.old, names.out); // no newer report exists: the old one goes back
        } else {
            delete(names.old);
        }
    }

    private static List<Path> siblings(Names names, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(names.parent, prefix + "*")) {
            entries.forEach(found::add);
        }
        return found;
    }

    /** Files Dossier writes; anything else in the folder means it is not Dossier's own. */
    private static void refuseForeign(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw notOurs(shown(out) + " is " + (Files.isSymbolicLink(out) ? "a symbolic link" : "a file")
                    + ", not a folder Dossier wrote", "remove it; Dossier writes the report into a folder of its own");
        }
        List<String> foreign;
        try (Stream<Path> entries = Files.list(out)) {
            foreign = entries.map(p -> p.getFileName().toString()).filter(name -> !isOurs(name)).sorted().toList();
        }
        if (!foreign.isEmpty()) {
            throw notOurs("the output folder " + shown(out) + " holds " + String.join(", ", foreign.subList(0,
                    Math.min(5, foreign.size()))) + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "")
                    + ", which Dossier does not write; every build replaces the folder whole",
                    "give the report a folder of its own, such as target/dossier, or move those files out");
        }
    }

    /** {@code target/dossier}: the folder and its parent, as the parameter's location already says which. */
    private static String shown(Path out) {
        Path parent = out.getParent().getFileName();
        return (parent == null ? "" : parent + "/") + out.getFileName();
    }

    private static InvalidInputException notOurs(String message, String hint) {
        return new InvalidInputException("the output folder is not Dossier's own",
                List.of(Problem.error(Location.of("dossier.outputDirectory"), message, hint)));
    }

    /** An output of some format, the evidence copies, or a hidden or lock file of a viewer. */
    private static boolean isOurs(String name) {
        return name.equals("evidence") || Stream.of(Format.values()).anyMatch(f -> f.fileName().equals(name))
                || name.startsWith(".") || name.startsWith("~$");
    }

    private static void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder and what it holds; symbolic links are removed, never followed. */
    private static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

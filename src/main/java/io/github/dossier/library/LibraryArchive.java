package io.github.dossier.library;

import io.github.dossier.io.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the {@value LibraryCoordinates#FOLDER} folder of a library archive into the build's
 * work folder, once per archive content. An archive is untrusted input: entries that would land
 * outside the folder (zip-slip), too many entries and too many bytes are refused, counting the
 * bytes actually inflated rather than the sizes the archive claims.
 */
public final class LibraryArchive {

    /** The most entries unpacked from one archive. */
    public static final int MAX_ENTRIES = 20_000;
    /** The largest file unpacked: templates are text, evidence-sized images at most. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** The most bytes unpacked from one archive. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private static final String MARKER = ".dossier-archive";

    private LibraryArchive() {
    }

    /** The digest of the archive a folder was unpacked from, or "unknown". */
    public static String unpackedFrom(Path folder) {
        try {
            return Files.readString(folder.resolve(MARKER), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * The folder holding the archive's templates, unpacked under {@code workDirectory} unless an
     * earlier build already unpacked the same bytes.
     */
    public static Path unpack(Path archive, LibraryCoordinates coordinates, Path workDirectory)
            throws LibraryResolutionException {
        Path target = workDirectory.resolve("libraries").resolve(coordinates.groupId())
                .resolve(coordinates.artifactId()).resolve(coordinates.version()
                        + (coordinates.classifier().isEmpty() ? "" : "-" + coordinates.classifier())
                        + "-" + coordinates.extension());
        try {
            String digest = Digests.of(archive);
            Path marker = target.resolve(MARKER);
            if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(digest)) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), ".unpack-");
            try {
                extract(archive, coordinates, staging);
                Files.writeString(staging.resolve(MARKER), digest, StandardCharsets.UTF_8);
                delete(target);
                Files.move(staging, target);
            } finally {
                delete(staging);
            }
            return target;
        } catch (IOException e) {
            throw new LibraryResolutionException("cannot unpack " + coordinates.fileName() + ": " + e.getMessage(), e);
        }
    }

    private static void extract(Path archive, LibraryCoordinates coordinates, Path into)
            throws IOException, LibraryResolutionException {
        int entries = 0;
        int templates = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refuse(coordinates, "has more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(LibraryCoordinates.FOLDER)) {
                    continue;
                }
                Path file = safeTarget(into, name.substring(LibraryCoordinates.FOLDER.length()), coordinates);
                Files.createDirectories(file.getParent());
                total += copy(zip, file, Math.min(MAX_FILE_BYTES, MAX_TOTAL_BYTES - total), coordinates, name);
                templates += name.endsWith(".md") ? 1 : 0;
            }
        } catch (java.util.zip.ZipException e) {
            throw refuse(coordinates, "is not a readable jar or zip: " + e.getMessage());
        }
        if (templates == 0) {
            throw refuse(coordinates, "has no templates under " + LibraryCoordinates.FOLDER
                    + " (a library packages its templates in that folder)");
        }
    }

    /** Where an entry goes; an entry that would leave the folder is refused, not skipped. */
    private static Path safeTarget(Path into, String relative, LibraryCoordinates coordinates)
            throws LibraryResolutionException {
        if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains(":")
                || List.of(relative.split("/")).contains("..")) {
            throw refuse(coordinates, "has an entry that would be written outside its folder: " + relative);
        }
        Path file = into.resolve(relative).normalize();
        if (!file.startsWith(into) || file.equals(into)) {
            throw refuse(coordinates, "has an entry that would be written outside its folder: " + relative);
        }
        return file;
    }

    private static long copy(InputStream in, Path file, long limit, LibraryCoordinates coordinates, String name)
            throws IOException, LibraryResolutionException {
        byte[] buffer = new byte[16 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > limit) {
                    throw refuse(coordinates, "unpacks to more bytes than allowed at " + name + " (at most "
                            + MAX_FILE_BYTES + " per file and " + MAX_TOTAL_BYTES + " in all)");
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static LibraryResolutionException refuse(LibraryCoordinates coordinates, String why) {
        return new LibraryResolutionException(coordinates.fileName() + " " + why);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

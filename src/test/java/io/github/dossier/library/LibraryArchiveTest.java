package io.github.dossier.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryArchiveTest {

    @TempDir
    Path dir;

    private final LibraryCoordinates coordinates = LibraryCoordinates.parse("com.acme:findings:1.0",
            Location.of("d"), new Problems()).orElseThrow();

    /** Writes a zip with the given entries; a null content is a folder entry. */
    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getValue() != null) {
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void unpacksOnlyTheLibraryFolderIntoTheWorkFolder() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        entries.put("dossier-library/", null);
        entries.put("dossier-library/01_web/sql_injection.md", "### SQL Injection\n");
        Path jar = zip(dir.resolve("findings-1.0.jar"), entries);

        Path folder = LibraryArchive.unpack(jar, coordinates, dir.resolve("work"));

        assertThat(folder).isEqualTo(dir.resolve("work/libraries/com.acme/findings/1.0-jar"));
        assertThat(folder.resolve("01_web/sql_injection.md")).hasContent("### SQL Injection");
        assertThat(folder.resolve("META-INF")).doesNotExist();
        assertThat(LibraryArchive.unpackedFrom(folder)).hasSize(64);
    }

    @Test
    void aSecondUnpackOfTheSameBytesReusesTheFolder() throws Exception {
        Path jar = zip(dir.resolve("a.jar"), Map.of("dossier-library/01_a/x.md", "### X\n"));
        Path folder = LibraryArchive.unpack(jar, coordinates, dir);
        Files.writeString(folder.resolve("01_a/marker"), "kept");

        LibraryArchive.unpack(jar, coordinates, dir);

        assertThat(folder.resolve("01_a/marker")).exists();
    }

    @Test
    void changedBytesAreUnpackedAfresh() throws Exception {
        Path jar = zip(dir.resolve("a.jar"), Map.of("dossier-library/01_a/x.md", "### X\n"));
        Path folder = LibraryArchive.unpack(jar, coordinates, dir);
        zip(jar, Map.of("dossier-library/01_a/y.md", "### Y\n"));

        LibraryArchive.unpack(jar, coordinates, dir);

        assertThat(folder.resolve("01_a/x.md")).doesNotExist();
        assertThat(folder.resolve("01_a/y.md")).exists();
    }

    @Test
    void anEntryLeavingTheFolderIsRefused() throws Exception {
        Path jar = zip(dir.resolve("evil.jar"), Map.of("dossier-library/../../escaped.md", "### Evil\n"));

        assertThatThrownBy(() -> LibraryArchive.unpack(jar, coordinates, dir.resolve("work")))
                .isInstanceOf(LibraryResolutionException.class)
                .hasMessage("findings-1.0.jar has an entry that would be written outside its folder:"
                        + " ../../escaped.md");
        assertThat(dir.resolve("escaped.md")).doesNotExist();
        assertThat(dir.resolve("work/libraries/com.acme/findings/1.0-jar")).doesNotExist();
    }

    @Test
    void anArchiveWithoutTemplatesIsRefused() throws Exception {
        Path jar = zip(dir.resolve("empty.jar"), Map.of("templates/01_a/x.md", "### X\n"));

        assertThatThrownBy(() -> LibraryArchive.unpack(jar, coordinates, dir))
                .hasMessage("findings-1.0.jar has no templates under dossier-library/ (a library packages its"
                        + " templates in that folder)");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedByTheBytesInflated() throws Exception {
        Path jar = dir.resolve("bomb.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("dossier-library/01_a/x.md"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= LibraryArchive.MAX_FILE_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> LibraryArchive.unpack(jar, coordinates, dir))
                .hasMessageContaining("unpacks to more bytes than allowed at dossier-library/01_a/x.md");
    }

    @Test
    void notAnArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("x.jar"), "not a zip");

        assertThatThrownBy(() -> LibraryArchive.unpack(jar, coordinates, dir))
                .isInstanceOf(LibraryResolutionException.class)
                .hasMessageContaining("findings-1.0.jar has no templates");
    }
}

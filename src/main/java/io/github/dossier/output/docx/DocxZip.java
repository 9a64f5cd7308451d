package io.github.dossier.output.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the package so that its bytes depend on its content only: entries in a fixed order
 * ({@code [Content_Types].xml} first, as Office expects, then by name) and every entry dated
 * with the build's timestamp, independent of the machine's time zone. It reads the package POI
 * wrote from a file and copies entry by entry, so a long document's text is never held whole.
 */
final class DocxZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DocxZip() {
    }

    /** Writes the package in {@code docx} to {@code out}, normalised; {@code out} stays open. */
    static void normalise(Path docx, Instant timestamp, OutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(docx.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(in.entries());
            entries.sort(Comparator.comparing((ZipEntry e) -> !e.getName().equals(CONTENT_TYPES))
                    .thenComparing(ZipEntry::getName));
            LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.setLevel(9);
            String previous = null;
            for (ZipEntry e : entries) {
                if (e.getName().equals(previous)) {
                    continue;
                }
                previous = e.getName();
                ZipEntry entry = new ZipEntry(e.getName());
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
        }
    }
}

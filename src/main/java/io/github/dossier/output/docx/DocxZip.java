package io.github.dossier.output.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the package so that its bytes depend on its content only: entries in a fixed order
 * ({@code [Content_Types].xml} first, as Office expects, then by name) and every entry dated
 * with the build's timestamp, independent of the machine's time zone.
 */
final class DocxZip {

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private DocxZip() {
    }

    static byte[] normalise(byte[] docx, Instant timestamp) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> a.equals(b) ? 0 : a.equals(CONTENT_TYPES) ? -1
                : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
            LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(9);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(time);
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }
}

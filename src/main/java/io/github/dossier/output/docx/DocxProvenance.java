package io.github.dossier.output.docx;

import io.github.dossier.provenance.Provenance;
import io.github.dossier.provenance.Recorded;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * The report's provenance as custom properties of the Word file (File › Properties › Custom):
 * {@value #DIGEST}, {@value #PLUGIN} and {@value #MANIFEST} (every input with its SHA-256, see
 * {@link Provenance}). A client's template keeps its own properties; Dossier's are replaced. And
 * the way back, for {@code dossier:verify}.
 */
public final class DocxProvenance {

    static final String DIGEST = "Dossier provenance digest";
    static final String PLUGIN = "Dossier plugin version";
    static final String MANIFEST = "Dossier provenance";

    private DocxProvenance() {
    }

    static void stamp(POIXMLProperties properties, Provenance provenance) {
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        set(custom, DIGEST, provenance.digest());
        set(custom, PLUGIN, provenance.pluginVersion().orElse(""));
        set(custom, MANIFEST, provenance.manifest());
    }

    /** Replaces a property a template may already have, so each name is there once. */
    private static void set(POIXMLProperties.CustomProperties custom, String name, String value) {
        CTProperty existing = custom.getProperty(name);
        if (existing != null) {
            existing.setLpwstr(value);
        } else {
            custom.addProperty(name, value);
        }
    }

    /**
     * The provenance and digest a Word file records.
     *
     * @return empty when the file has no Dossier provenance
     * @throws IOException when the file is not a readable Word document
     */
    public static Optional<Recorded> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            CTProperty manifest = custom.getProperty(MANIFEST);
            if (manifest == null || manifest.getLpwstr() == null) {
                return Optional.empty();
            }
            CTProperty digest = custom.getProperty(DIGEST);
            return Optional.of(new Recorded(Provenance.parse(manifest.getLpwstr()),
                    digest == null ? "" : digest.getLpwstr()));
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IOException("not a readable Word document: " + e.getMessage(), e);
        }
    }
}

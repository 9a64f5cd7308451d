package io.github.dossier.output.pdf;

import io.github.dossier.provenance.Provenance;
import io.github.dossier.provenance.Recorded;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The report's provenance in the finished PDF's XMP metadata, in a namespace of Dossier's own
 * ({@value #NAMESPACE}): {@code dossier:digest}, {@code dossier:pluginVersion} and
 * {@code dossier:manifest} (every input with its SHA-256, see {@link Provenance}). What the layout
 * engine already wrote there (the PDF/UA identification, the title) is kept. One step on the
 * finished document, and the way back for {@code dossier:verify}.
 */
public final class XmpProvenance {

    /** Dossier's XMP namespace. */
    public static final String NAMESPACE = "https://io.github.dossier/ns/provenance/1.0/";
    static final String PREFIX = "dossier";

    private XmpProvenance() {
    }

    /** Adds the provenance to the document's XMP metadata. */
    static void stamp(PDDocument pdf, Provenance provenance) throws IOException {
        XMPMetadata xmp = existing(pdf);
        XMPSchema schema = xmp.getSchema(NAMESPACE);
        if (schema == null) {
            schema = xmp.createAndAddDefaultSchema(PREFIX, NAMESPACE);
        }
        schema.setTextPropertyValue("digest", provenance.digest());
        schema.setTextPropertyValue("pluginVersion", provenance.pluginVersion().orElse(""));
        schema.setTextPropertyValue("manifest", provenance.manifest());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the PDF's XMP metadata: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(bytes.toByteArray());
        pdf.getDocumentCatalog().setMetadata(metadata);
    }

    /**
     * The provenance a PDF records, with the digest it records beside it.
     *
     * @return empty when the PDF has no Dossier provenance
     * @throws IOException when the file is not a readable PDF
     */
    public static Optional<Recorded> read(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return Optional.empty();
            }
            XMPSchema schema = parse(metadata.toByteArray()).getSchema(NAMESPACE);
            String manifest = schema == null ? null : schema.getUnqualifiedTextPropertyValue("manifest");
            if (manifest == null) {
                return Optional.empty();
            }
            return Optional.of(new Recorded(Provenance.parse(manifest),
                    schema.getUnqualifiedTextPropertyValue("digest")));
        } catch (BadFieldValueException e) {
            throw new IOException("the PDF's provenance metadata is not text: " + e.getMessage(), e);
        }
    }

    private static XMPMetadata existing(PDDocument pdf) throws IOException {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        return metadata == null ? XMPMetadata.createXMPMetadata() : parse(metadata.toByteArray());
    }

    private static XMPMetadata parse(byte[] bytes) throws IOException {
        try {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            return parser.parse(bytes);
        } catch (XmpParsingException e) {
            throw new IOException("the PDF's XMP metadata cannot be read: " + e.getMessage(), e);
        }
    }
}

package io.github.dossier.output.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A client's Word template ({@code .docx} or {@code .dotx}): its styles, page setup, headers and
 * footers, and the pages before its {@code {{report}}} paragraph as the cover. The generated
 * report takes the place of that paragraph; {@code {{client}}}, {@code {{title}}} and the other
 * placeholders are filled wherever they stand.
 */
public final class WordTemplate {

    /** The placeholders a template may use. */
    public static final Set<String> NAMES = Set.of("client", "title", "reference", "version", "date", "type",
            "classification", "authors", "company", "preparedBy", Placeholders.REPORT);

    private static final String TEMPLATE_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private static final String DOCUMENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private final byte[] bytes;

    /** @param bytes the template file's content */
    public WordTemplate(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /**
     * What a template's author should know about it.
     *
     * @param missingStyles Dossier's styles the template lacks, by name ({@code heading 3}): ours are used
     * @param hasMarker whether a paragraph holds just {@code {{report}}}
     * @param unknownPlaceholders placeholders that are none of {@link #NAMES}: they stay as written
     */
    public record Check(List<String> missingStyles, boolean hasMarker, List<String> unknownPlaceholders) {
    }

    /**
     * Opens the template and checks it.
     *
     * @throws IOException when it is not a Word document
     */
    public Check check() throws IOException {
        try (XWPFDocument doc = open()) {
            List<String> unknown = new ArrayList<>(Placeholders.names(doc));
            unknown.removeAll(NAMES);
            return new Check(DocxStyles.missing(doc), marker(doc) != null, unknown);
        }
    }

    /** A fresh copy of the template as a Word document (a {@code .dotx} becomes a {@code .docx}). */
    XWPFDocument open() throws IOException {
        try {
            XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
            if (doc.getPackagePart().getContentType().equals(TEMPLATE_TYPE)) {
                doc.getPackage().replaceContentType(TEMPLATE_TYPE, DOCUMENT_TYPE);
            }
            return doc;
        } catch (RuntimeException e) {
            // POI reports a file that is not a Word document with unchecked exceptions of several kinds
            throw new IOException("not a Word document (.docx or .dotx): " + e.getMessage(), e);
        }
    }

    /** The body paragraph that holds just {@code {{report}}}, or null. */
    static XWPFParagraph marker(XWPFDocument doc) {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p
                    && Placeholders.text(p.getCTP()).strip().matches("\\{\\{\\s*" + Placeholders.REPORT + "\\s*}}")) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether something stands before the marker, or in a template without one anywhere (text, a
     * table, a picture): then that is the cover, and Dossier adds none.
     */
    static boolean hasCover(XWPFDocument doc, XWPFParagraph marker) {
        for (IBodyElement element : doc.getBodyElements()) {
            if (element == marker) {
                return false;
            }
            if (!(element instanceof XWPFParagraph p) || !p.getText().isBlank()
                    || p.getCTP().xmlText().matches("(?s).*<w:(drawing|pict|object)\\b.*")) {
                return true;
            }
        }
        return false;
    }
}

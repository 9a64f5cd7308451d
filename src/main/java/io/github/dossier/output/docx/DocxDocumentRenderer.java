package io.github.dossier.output.docx;

import io.github.dossier.document.Chapter;
import io.github.dossier.document.Cover;
import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentInfo;
import io.github.dossier.document.DocumentRenderer;
import io.github.dossier.document.Field;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * {@code report.docx}: the document in Word, with built-in heading styles so that Word's
 * navigation pane and table of contents work. Without a template Dossier's own styles, page
 * frame and cover are used; with a client's {@link WordTemplate}, the template's styles, page
 * setup, headers and footers and cover, with the report in place of its {@code {{report}}}
 * paragraph. Same inputs give the same bytes.
 */
public final class DocxDocumentRenderer implements DocumentRenderer {

    /** Bookmark and picture ids in a template start here, above any the template's author made. */
    private static final int TEMPLATE_IDS = 10_000;

    private final WordTemplate template;

    /** @param template the client's template, or null for Dossier's own layout */
    public DocxDocumentRenderer(WordTemplate template) {
        this.template = template;
    }

    /**
     * Builds the document with POI, writes it to a temporary file and lets it go, then copies the
     * file, normalised, to {@code out}: the heap never holds the document and its bytes at once.
     */
    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Path file = Files.createTempFile("dossier-", ".docx");
        try {
            try (XWPFDocument doc = template == null ? new XWPFDocument() : template.open()) {
                build(doc, document);
                try (OutputStream written = Files.newOutputStream(file)) {
                    doc.write(written);
                }
            } catch (RuntimeException e) {
                throw new IOException("cannot write the Word document: " + e.getMessage(), e);
            }
            DocxZip.normalise(file, document.info().timestamp(), out);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void build(XWPFDocument doc, Document document) {
        DocxBody body = template == null ? own(doc, document) : templated(doc, document);
        DocxBlocks blocks = new DocxBlocks(body, document.images(), new DocxLists(doc));
        if (template == null || !WordTemplate.hasCover(doc, WordTemplate.marker(doc))) {
            cover(body, blocks, document.cover());
        }
        for (Chapter chapter : document.chapters()) {
            blocks.chapterHeading(chapter.id(), chapter.title(), chapter.listed(), chapter.newPage());
            chapter.blocks().forEach(b -> b.accept(blocks));
        }
        body.finish();
        // Word fills in the contents' page numbers when it opens the file (after asking)
        doc.getSettings().setUpdateFields();
        properties(doc.getProperties(), document.info());
        DocxProvenance.stamp(doc.getProperties(), document.info().provenance());
    }

    private static DocxBody own(XWPFDocument doc, Document document) {
        DocxStyles styles = DocxStyles.ours(doc);
        DocxSetup.page(doc, document.info().pageSize(), document.frame());
        return new DocxBody(doc, styles, DocxSetup.textWidth(document.info().pageSize()), null, 0);
    }

    private static DocxBody templated(XWPFDocument doc, Document document) {
        XWPFParagraph marker = WordTemplate.marker(doc);
        DocxStyles styles = DocxStyles.merged(doc);
        Placeholders.fill(doc, document.info().fields());
        if (document.info().draft()) {
            draftMark(doc);
        }
        return new DocxBody(doc, styles, textWidth(doc, document), marker, TEMPLATE_IDS);
    }

    /** DRAFT on every page: a line of its own at the end of each of the template's headers. */
    private static void draftMark(XWPFDocument doc) {
        List<XWPFHeader> headers = new ArrayList<>(doc.getHeaderList());
        if (headers.isEmpty()) {
            headers.add(doc.createHeader(HeaderFooterType.DEFAULT));
        }
        for (XWPFHeader header : headers) {
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            DocxSetup.mark(DocxBody.text(p, "DRAFT"));
        }
    }

    /** The template's text column: its page width less its margins. */
    private static int textWidth(XWPFDocument doc, Document document) {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        if (section == null || !section.isSetPgSz() || !section.isSetPgMar()) {
            return DocxSetup.textWidth(document.info().pageSize());
        }
        long width = number(section.getPgSz().getW()) - number(section.getPgMar().getLeft())
                - number(section.getPgMar().getRight());
        return width > 1440 ? (int) width : DocxSetup.textWidth(document.info().pageSize());
    }

    private static long number(Object twips) {
        return twips instanceof BigInteger b ? b.longValue() : Long.parseLong(String.valueOf(twips));
    }

    private static void cover(DocxBody body, DocxBlocks blocks, Cover cover) {
        if (cover.logo() != null) {
            XWPFParagraph p = body.paragraph(null);
            String name = cover.logo().mediaType().equals("image/png") ? "logo.png" : "logo.jpg";
            DocxPictures.add(body, p.createRun(), name, cover.logo().data(), "Logo", 6);
        }
        if (!cover.label().isEmpty()) {
            body.paragraph("Classification", cover.label());
        }
        body.paragraph("Subtitle", cover.client());
        body.paragraph("Title", cover.title());
        if (!cover.notice().isEmpty()) {
            XWPFRun run = DocxBody.text(body.paragraph(null), cover.notice());
            run.setBold(true);
            run.setColor("9C6500");
        }
        List<Field> fields = new ArrayList<>(cover.parties());
        fields.addAll(cover.details());
        blocks.fields(1, fields, List.of());
    }

    private static void properties(POIXMLProperties properties, DocumentInfo info) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.fields().getOrDefault("title", info.title()));
        core.setCreator(info.author());
        core.setSubjectProperty(info.fields().getOrDefault("client", info.subject()));
        core.setCreated(Optional.of(Date.from(info.timestamp())));
        core.setModified(Optional.of(Date.from(info.timestamp())));
        core.setLastModifiedByUser("Dossier");
        properties.getExtendedProperties().setApplication("Dossier");
    }
}

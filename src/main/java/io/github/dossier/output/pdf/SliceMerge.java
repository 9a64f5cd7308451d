package io.github.dossier.output.pdf;

import io.github.dossier.document.ContentsEntry;
import io.github.dossier.document.Document;
import io.github.dossier.output.pdf.SlicedPdf.Anchor;
import io.github.dossier.output.pdf.SlicedPdf.Slice;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Joins the parts of a sliced PDF into one file with PDFBox, which keeps their tagged structure;
 * the joined document's streams live in a temporary file, not the heap. Then the links between
 * parts go to their pages, the bookmarks follow the document's outline, and the page numbers are
 * stamped ({@link PageStamp}).
 */
final class SliceMerge {

    private final Document document;
    private final List<Slice> slices;

    SliceMerge(Document document, List<Slice> slices) {
        this.document = document;
        this.slices = slices;
    }

    void write(OutputStream out, String fingerprint) throws IOException {
        try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            Map<String, Anchor> anchors = new HashMap<>();
            int offset = 0;
            for (Slice slice : slices) {
                // the merger copies every object and stream of the part, so the part can close at once
                try (PDDocument source = Loader.loadPDF(slice.file().toFile(),
                        IOUtils.createTempFileOnlyStreamCache())) {
                    merger.appendDocument(merged, source);
                }
                int start = offset;
                slice.anchors().forEach((id, a) -> anchors.put(id, new Anchor(start + a.page(), a.top())));
                offset += slice.pages();
            }
            // the merger adds a /Suspects false the whole layout does not write, and some readers balk at it
            COSDictionary markInfo = merged.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.MARK_INFO);
            if (markInfo != null) {
                markInfo.removeItem(COSName.getPDFName("Suspects"));
            }
            List<PDPage> pages = new ArrayList<>();
            merged.getPages().forEach(pages::add);
            links(pages, anchors);
            outline(merged, pages, anchors);
            new PageStamp(document, merged).stamp(pages);
            Reproducible.stamp(merged, document.info(), fingerprint);
            XmpProvenance.stamp(merged, document.info().provenance());
            merged.save(out);
        }
    }

    /** Links marked by {@link SliceAdditions} go to the page of their anchor. */
    private static void links(List<PDPage> pages, Map<String, Anchor> anchors) throws IOException {
        for (PDPage page : pages) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(SliceAdditions.LINK)) {
                    Anchor anchor = anchors.get(uri.getURI().substring(SliceAdditions.LINK.length()));
                    PDActionGoTo goTo = new PDActionGoTo();
                    goTo.setDestination(anchor == null ? destination(pages.get(0), pages.get(0).getMediaBox().getHeight()) : destination(pages, anchor));
                    link.setAction(goTo);
                }
            }
        }
    }

    /** One bookmark per outline line, nested by level, as the whole document's layout makes them. */
    private void outline(PDDocument pdf, List<PDPage> pages, Map<String, Anchor> anchors) {
        PDDocumentOutline root = new PDDocumentOutline();
        Deque<PDOutlineNode> parents = new ArrayDeque<>();
        parents.push(root);
        Deque<Integer> levels = new ArrayDeque<>();
        levels.push(0);
        for (ContentsEntry e : document.outline()) {
            while (levels.peek() >= e.level()) {
                levels.pop();
                parents.pop();
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(e.plain());
            Anchor anchor = anchors.get(e.id());
            if (anchor != null) {
                item.setDestination(destination(pages, anchor));
            }
            parents.peek().addLast(item);
            parents.push(item);
            levels.push(e.level());
        }
        pdf.getDocumentCatalog().setDocumentOutline(root);
    }

    private static PDPageXYZDestination destination(List<PDPage> pages, Anchor anchor) {
        return destination(pages.get(anchor.page()), anchor.top());
    }

    private static PDPageXYZDestination destination(PDPage page, float top) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(top));
        return destination;
    }
}

package io.github.dossier.output.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentRenderer;
import io.github.dossier.output.html.HtmlDocumentRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * {@code report.pdf}, laid out by openhtmltopdf from the page {@link HtmlDocumentRenderer} makes:
 * the page is parsed with jsoup, given the print additions (fonts shipped with the plugin, the
 * running header and footer, page numbers, contents page numbers, bookmarks from the document's
 * outline, the chart as HTML bars) and converted to a W3C DOM. Images are re-encoded so the
 * engine shows their exact colours. Nothing outside the page is ever loaded; same inputs give
 * the same bytes.
 */
public final class PdfDocumentRenderer implements DocumentRenderer {

    static {
        // diagnostics go to the builder's consumer; the engine's own java.util.logging output would
        // otherwise reach the build log as noise
        XRLog.setLoggingEnabled(false);
    }

    private static final Pattern PAGE_RULE =
            Pattern.compile("@page", Pattern.CASE_INSENSITIVE);

    private final HtmlDocumentRenderer html;
    private final int blocksPerPart;

    /** @param stylesheet the user's CSS, applied after the built-in styles, or empty */
    public PdfDocumentRenderer(String stylesheet) {
        this(stylesheet, PdfSlices.BLOCKS);
    }

    /** A renderer that cuts the document into parts of {@code blocksPerPart} blocks ({@link PdfSlices}). */
    PdfDocumentRenderer(String stylesheet, int blocksPerPart) {
        this.html = HtmlDocumentRenderer.builder().stylesheet(stylesheet).imageSource(PdfImages::dataUri).build();
        // the joined parts' page numbers are stamped where pdf.css's page margins put them: a
        // stylesheet with page rules of its own gets the whole document laid out in one pass
        this.blocksPerPart = PAGE_RULE.matcher(stylesheet == null ? "" : stylesheet).find()
                ? Integer.MAX_VALUE : blocksPerPart;
    }

    /**
     * Lays the document out whole when it is short, in parts merged into one file when it is long
     * ({@link PdfSlices}, {@link SlicedPdf}).
     *
     * @throws IOException when the layout engine fails or the stream cannot be written
     */
    @Override
    public void render(Document document, OutputStream out) throws IOException {
        List<HtmlDocumentRenderer.Part> parts = PdfSlices.of(document, blocksPerPart);
        if (parts.size() > 1) {
            new SlicedPdf(html, document, parts).render(out);
            return;
        }
        String page = html.page(document);
        org.jsoup.nodes.Document dom = Jsoup.parse(page);
        PrintAdditions.apply(dom, document);
        try (PDDocument pdf = new PDDocument()) {
            layout(dom, pdf);
            Reproducible.stamp(pdf, document.info(), page);
            XmpProvenance.stamp(pdf, document.info().provenance());
            pdf.save(out);
        }
    }

    /**
     * Lays {@code dom} out into {@code pdf}.
     *
     * @throws IOException when the layout engine fails
     */
    static void layout(org.jsoup.nodes.Document dom, PDDocument pdf) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(dom), "about:blank")
                .withProducer("Dossier")
                .usePdfUaAccessibility(true)
                // the page embeds everything it shows: refuse any other fetch
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> { });
        try {
            PdfFonts.register(builder, pdf);
            builder.usePDDocument(pdf);
            try (PdfBoxRenderer renderer = builder.toStream(OutputStream.nullOutputStream()).buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot lay out the PDF: " + e.getMessage(), e);
        }
    }
}

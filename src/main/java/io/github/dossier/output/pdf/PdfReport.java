package io.github.dossier.output.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.github.dossier.output.OutputException;
import io.github.dossier.output.PageSize;
import io.github.dossier.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The PDF, laid out by openhtmltopdf from the same HTML page as {@code report.html}: the page is
 * parsed with jsoup, given the print additions (fonts shipped with the plugin, running header and
 * footer, page numbers, contents page numbers, bookmarks, the chart as HTML bars) and converted
 * to a W3C DOM. Nothing outside the page is ever loaded. Same inputs give the same bytes.
 */
public final class PdfReport {

    static {
        // diagnostics go to the builder's consumer; the engine's own java.util.logging output would
        // otherwise reach the build log as noise
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    /**
     * @param html the report page as {@link io.github.dossier.output.HtmlReport} renders it
     * @param timestamp the creation and modification time written into the file
     * @throws OutputException when the layout engine fails
     */
    public static byte[] render(String html, Report report, PageSize pageSize, Instant timestamp) {
        Document page = Jsoup.parse(html);
        PrintAdditions.apply(page, report, pageSize);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(dom, "about:blank")
                .withProducer("Dossier")
                .usePdfUaAccessibility(true)
                // the page embeds everything it shows: refuse any other fetch
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> { });
        try (PDDocument pdf = new PDDocument()) {
            PdfFonts.register(builder, pdf);
            builder.usePDDocument(pdf);
            try (PdfBoxRenderer renderer = builder.toStream(OutputStream.nullOutputStream()).buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            Reproducible.stamp(pdf, report.info(), timestamp, html);
            ByteArrayOutputStream saved = new ByteArrayOutputStream(1 << 20);
            pdf.save(saved);
            return saved.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new OutputException("cannot lay out the PDF: " + e.getMessage(), e);
        }
    }
}

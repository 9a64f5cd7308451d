package io.github.dossier.output.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentBuilder;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.PageSize;
import io.github.dossier.output.ExampleReport;
import io.github.dossier.output.html.HtmlDocumentRenderer.Part;
import io.github.dossier.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long PDF is laid out in parts and joined (here the example, cut into parts of a few blocks so
 * that a chapter and the findings run across parts): the page numbers count the whole file, the
 * contents show the page each line lands on, every link and bookmark goes to its heading's page,
 * the bookmarks are those of the whole layout, and the bytes are the same on every run.
 */
class SlicedPdfTest {

    private static final int BLOCKS = 12;

    private static Document document;
    private static byte[] whole;
    private static byte[] sliced;

    @BeforeAll
    static void render() throws IOException {
        Report report = ExampleReport.build();
        Map<String, byte[]> evidence = new LinkedHashMap<>();
        report.evidence().forEach((name, file) -> {
            try {
                evidence.put(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        document = new DocumentBuilder(new DocumentSettings(PageSize.A4, ExampleReport.TIMESTAMP, null, false))
                .build(report, evidence);
        whole = render(Integer.MAX_VALUE);
        sliced = render(BLOCKS);
    }

    private static byte[] render(int blocks) throws IOException {
        return render("", blocks);
    }

    private static byte[] render(String stylesheet, int blocks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentRenderer(stylesheet, blocks).render(document, out);
        return out.toByteArray();
    }

    /** Stamped page numbers assume pdf.css's margins: a stylesheet with its own page rules is laid out whole. */
    @Test
    void aStylesheetWithPageRulesIsLaidOutInOnePass() throws IOException {
        String margins = "@page { margin: 30mm 25mm; }";
        assertThat(render(margins, BLOCKS)).isEqualTo(render(margins, Integer.MAX_VALUE));
    }

    @Test
    void theDocumentIsCutBetweenBlocksAndAChapterRunsOnAcrossParts() {
        List<Part> parts = PdfSlices.of(document, BLOCKS);

        assertThat(parts).hasSizeGreaterThan(3);
        assertThat(parts).filteredOn(Part::cover).containsExactly(parts.get(0));
        assertThat(parts).anyMatch(Part::continues);
        assertThat(parts.stream().flatMap(p -> p.chapters().stream()).mapToInt(c -> c.blocks().size()).sum())
                .isEqualTo(document.chapters().stream().mapToInt(c -> c.blocks().size()).sum());
        assertThat(PdfSlices.of(document, PdfSlices.BLOCKS)).hasSize(1);
    }

    @Test
    void pageNumbersCountTheWholeFile() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sliced)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(pageCount(whole));
            assertThat(text(pdf, 1)).doesNotContain(" of " + pages);
            for (int page = 2; page <= pages; page++) {
                assertThat(text(pdf, page)).as("page %d", page).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void linksAndBookmarksGoToTheirHeadingsAndTheContentsShowThosePages() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sliced)) {
            List<PDPage> pages = new ArrayList<>();
            pdf.getPages().forEach(pages::add);
            int checked = 0;
            for (PDPage page : pages) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    if (link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).doesNotStartWith(SliceAdditions.LINK);
                        continue;
                    }
                    int target = pages.indexOf(((PDPageDestination) ((PDActionGoTo) link.getAction())
                            .getDestination()).getPage()) + 1;
                    // a contents line ("1. SQL Injection 5") or a reference by number ("1 (SQL Injection)")
                    String title = link.getContents().replaceAll("\\s+\\d+$", "").replaceAll("^\\d+ \\((.*)\\)$", "$1")
                            .strip();
                    assertThat(text(pdf, target)).as(title).contains(title);
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(10);
        }
        try (PDDocument pdf = Loader.loadPDF(sliced); PDDocument one = Loader.loadPDF(whole)) {
            Map<String, Integer> bookmarks = bookmarks(pdf);
            Map<String, Integer> wholeBookmarks = bookmarks(one);
            assertThat(bookmarks.keySet()).containsExactlyElementsOf(wholeBookmarks.keySet());
            String contents = text(pdf, 2) + text(pdf, 3);
            for (Map.Entry<String, Integer> bookmark : bookmarks.entrySet()) {
                String title = bookmark.getKey();
                // the cover's bookmark names a page that does not say "Cover"
                if (text(one, wholeBookmarks.get(title)).contains(title)) {
                    assertThat(text(pdf, bookmark.getValue())).as(title).contains(title);
                }
                if (title.matches("\\d+\\. .*")) {
                    assertThat(contents).containsPattern(java.util.regex.Pattern.quote(title) + " *\\.+ "
                            + bookmark.getValue() + "\\n");
                }
            }
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertThat(render(BLOCKS)).isEqualTo(sliced);
    }

    /** Bookmark titles, depth first, with the page each goes to (from 1). */
    private static Map<String, Integer> bookmarks(PDDocument pdf) throws IOException {
        List<PDPage> pages = new ArrayList<>();
        pdf.getPages().forEach(pages::add);
        Map<String, Integer> found = new LinkedHashMap<>();
        collect(pdf.getDocumentCatalog().getDocumentOutline(), pages, found);
        return found;
    }

    private static void collect(PDOutlineNode node, List<PDPage> pages, Map<String, Integer> found) throws IOException {
        for (PDOutlineItem item : node.children()) {
            found.put(item.getTitle(), pages.indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1);
            collect(item, pages, found);
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // a contents line's number is set after its title
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}

package io.github.dossier.output.pdf;

import io.github.dossier.document.Block;
import io.github.dossier.document.Document;
import io.github.dossier.output.html.HtmlDocumentRenderer;
import io.github.dossier.output.html.HtmlDocumentRenderer.Part;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;

/**
 * A long PDF laid out part by part ({@link PdfSlices}): each part is laid out alone and saved to a
 * temporary file, so the heap holds only the layouts under way, one per core. The part with the
 * contents is laid out again once every anchor's page is known (and again should its own length
 * move them). {@link SliceMerge} then joins the files in order, points the links between parts,
 * builds the bookmarks and stamps the page numbers; the bytes do not depend on the number of
 * cores or the order in which the parts finish.
 */
final class SlicedPdf {

    /** Layouts of the contents at most, should their length keep moving the numbers they show. */
    private static final int CONTENTS_TRIES = 3;

    private final HtmlDocumentRenderer html;
    private final Document document;
    private final List<Part> parts;
    /** The digest of each part's page, for the file's identifier. */
    private final byte[][] pageDigests;

    SlicedPdf(HtmlDocumentRenderer html, Document document, List<Part> parts) {
        this.html = html;
        this.document = document;
        this.parts = parts;
        this.pageDigests = new byte[parts.size()][];
    }

    /** Where an anchor landed: the page, counted from 0 in its part, and the height of its top. */
    record Anchor(int page, float top) {
    }

    /** A part laid out: its file, its pages, and its anchors. */
    record Slice(Path file, int pages, Map<String, Anchor> anchors) {
    }

    void render(OutputStream out) throws IOException {
        Path folder = Files.createTempDirectory("dossier-pdf-");
        try {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                all.add(i);
            }
            List<Slice> slices = new ArrayList<>(Collections.nCopies(parts.size(), (Slice) null));
            layoutAll(all, folder, Map.of(), slices);
            // the contents show page numbers as text: lay their parts out again until no number moves
            List<Integer> contents = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (hasContents(parts.get(i))) {
                    contents.add(i);
                }
            }
            for (int tries = 0; tries < CONTENTS_TRIES && !contents.isEmpty(); tries++) {
                Map<String, Integer> shown = numbers(slices);
                layoutAll(contents, folder, shown, slices);
                if (numbers(slices).equals(shown)) {
                    break;
                }
            }
            new SliceMerge(document, slices).write(out, fingerprint());
        } finally {
            delete(folder);
        }
    }

    /**
     * Lays the parts {@code indices} out into {@code slices}, as many at a time as there are cores.
     *
     * @throws IOException when the engine fails on one; no result is kept then
     */
    private void layoutAll(List<Integer> indices, Path folder, Map<String, Integer> contentsPages, List<Slice> slices)
            throws IOException {
        int threads = Math.min(indices.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (int i : indices) {
                slices.set(i, layout(i, folder, contentsPages));
            }
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "dossier-pdf-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Slice>> laidOut = new ArrayList<>();
            for (int i : indices) {
                laidOut.add(executor.submit(() -> layout(i, folder, contentsPages)));
            }
            for (int k = 0; k < indices.size(); k++) {
                slices.set(indices.get(k), result(laidOut.get(k)));
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static Slice result(Future<Slice> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while laying out the PDF", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // running out of heap among them: the writer's budget says how much to give
            }
            throw (RuntimeException) e.getCause();
        }
    }

    /** The parts' pages, in order, digested: what the file's identifier is made from. */
    private String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] page : pageDigests) {
                digest.update(page);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean hasContents(Part part) {
        return part.chapters().stream().flatMap(c -> c.blocks().stream()).anyMatch(Block.Contents.class::isInstance);
    }

    /** The page number of every anchor, counted from the start of the file. */
    private static Map<String, Integer> numbers(List<Slice> slices) {
        Map<String, Integer> numbers = new HashMap<>();
        int offset = 0;
        for (Slice slice : slices) {
            int start = offset;
            slice.anchors().forEach((id, anchor) -> numbers.put(id, start + anchor.page() + 1));
            offset += slice.pages();
        }
        return numbers;
    }

    private Slice layout(int index, Path folder, Map<String, Integer> contentsPages) throws IOException {
        Part part = parts.get(index);
        Path file = folder.resolve(index + ".pdf");
        String page = html.page(document, part);
        pageDigests[index] = sha256(page); // the same text each time the part is laid out
        org.jsoup.nodes.Document dom = Jsoup.parse(page);
        Set<String> ids = SliceAdditions.apply(dom, document, part, contentsPages);
        try (PDDocument pdf = new PDDocument()) {
            PdfDocumentRenderer.layout(dom, pdf);
            Map<String, Anchor> anchors = anchors(pdf, ids);
            pdf.getDocumentCatalog().setDocumentOutline(null);
            pdf.save(file.toFile());
            return new Slice(file, pdf.getNumberOfPages(), anchors);
        }
    }

    /** The anchors the part's bookmarks point at, read from its outline. */
    private static Map<String, Anchor> anchors(PDDocument pdf, Set<String> ids) throws IOException {
        Map<String, Anchor> anchors = new HashMap<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() == null) {
            return anchors;
        }
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (ids.contains(item.getTitle()) && item.getDestination() instanceof PDPageXYZDestination d) {
                PDPage page = d.getPage();
                anchors.put(item.getTitle(), new Anchor(pdf.getPages().indexOf(page), d.getTop()));
            }
        }
        return anchors;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

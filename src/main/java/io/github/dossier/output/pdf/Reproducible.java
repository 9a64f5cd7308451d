package io.github.dossier.output.pdf;

import io.github.dossier.document.DocumentInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes the PDF's bytes depend on its inputs only: fixed dates, metadata from the descriptor,
 * and a trailer {@code /ID} derived from the page instead of the clock.
 */
final class Reproducible {

    private Reproducible() {
    }

    static void stamp(PDDocument pdf, DocumentInfo info, String html) {
        Instant timestamp = info.timestamp();
        PDDocumentInformation meta = new PDDocumentInformation();
        meta.setTitle(info.title());
        meta.setSubject(info.subject());
        meta.setAuthor(info.author());
        meta.setCreator("Dossier");
        meta.setProducer("Dossier");
        Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        time.setTimeInMillis(timestamp.toEpochMilli());
        meta.setCreationDate(time);
        meta.setModificationDate(time);
        pdf.setDocumentInformation(meta);
        byte[] id = Arrays.copyOf(sha256(html + "\n" + timestamp), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
        pdf.getDocumentCatalog().setLanguage(info.language());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.github.dossier.output.pdf;

import io.github.dossier.engagement.EngagementInfo;
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

    static void stamp(PDDocument pdf, EngagementInfo info, Instant timestamp, String html) {
        PDDocumentInformation meta = new PDDocumentInformation();
        meta.setTitle(info.title() + " — " + info.client());
        meta.setSubject(info.client() + (info.reference().isBlank() ? "" : " — " + info.reference()));
        meta.setAuthor(String.join(", ", info.authors()));
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
        pdf.getDocumentCatalog().setLanguage("en");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package io.github.dossier.document;

import java.util.List;

/**
 * The cover page.
 *
 * @param logo the logo, or null
 * @param label the classification label, or empty
 * @param client the client's name
 * @param title the report's title
 * @param notice the draft notice, or empty for a final report
 * @param parties who the report is prepared for and by
 * @param details reference, version, date, authors, classification
 */
public record Cover(Image logo, String label, String client, String title, String notice, List<Field> parties,
        List<Field> details) {

    public Cover {
        parties = List.copyOf(parties);
        details = List.copyOf(details);
    }
}

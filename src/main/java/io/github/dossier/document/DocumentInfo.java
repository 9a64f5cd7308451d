package io.github.dossier.document;

import java.time.Instant;
import java.util.Map;

/**
 * What a document says about itself, beyond its pages.
 *
 * @param title the title for the file's properties ({@code Title — Client})
 * @param subject the subject ({@code Client — Reference})
 * @param author the authors, comma-separated
 * @param language the language of the text ({@code en})
 * @param timestamp when the file says it was made: never the clock, so rebuilds are identical
 * @param pageSize the paper size
 * @param draft whether the document is a draft
 * @param fields the engagement's details by name ({@code client}, {@code title} …), for a Word
 *     template's {@code {{placeholders}}}
 */
public record DocumentInfo(String title, String subject, String author, String language, Instant timestamp,
        PageSize pageSize, boolean draft, Map<String, String> fields) {

    public DocumentInfo {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}

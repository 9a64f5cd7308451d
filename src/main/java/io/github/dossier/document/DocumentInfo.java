package io.github.dossier.document;

import io.github.dossier.provenance.Provenance;
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
 * @param provenance what the report was made from, for the file's metadata (PDF XMP, Word custom
 *     properties)
 */
public record DocumentInfo(String title, String subject, String author, String language, Instant timestamp,
        PageSize pageSize, boolean draft, Map<String, String> fields, Provenance provenance) {

    public DocumentInfo {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        provenance = java.util.Objects.requireNonNullElse(provenance, new Provenance(java.util.List.of()));
    }
}

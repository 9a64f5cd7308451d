package io.github.dossier.document;

import java.time.Instant;
import java.util.Objects;

/**
 * The choices of the build that shape the document.
 *
 * @param pageSize the paper size
 * @param timestamp the time the files say they were made, or null to take the report's date
 * @param logo the cover's logo, or null
 * @param sourcesAppendix whether to add the appendix naming each finding's template and library
 */
public record DocumentSettings(PageSize pageSize, Instant timestamp, Image logo, boolean sourcesAppendix) {

    /** A4, the report's date, no logo, no sources appendix. */
    public static final DocumentSettings DEFAULTS = new DocumentSettings(PageSize.A4, null, null, false);

    public DocumentSettings {
        pageSize = Objects.requireNonNullElse(pageSize, PageSize.A4);
    }
}

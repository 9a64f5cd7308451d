package io.github.dossier.output;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the report is written: which formats, the paper size, the user's stylesheet and logo, and
 * the timestamp that PDF and Word files carry (so that rebuilding gives identical bytes).
 *
 * @param formats the formats to write
 * @param pageSize the paper size of the PDF and the Word document
 * @param stylesheet a CSS file applied after the built-in styles, or null
 * @param logo a PNG or JPEG shown on the cover, or null
 * @param timestamp the documents' creation and modification time, or null to take the report's date
 */
public record OutputOptions(Set<Format> formats, PageSize pageSize, Path stylesheet, Path logo, Instant timestamp) {

    public OutputOptions {
        formats = Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(formats, "formats")));
        pageSize = Objects.requireNonNullElse(pageSize, PageSize.A4);
    }

    /** The given formats on A4, without stylesheet, logo or timestamp. */
    public static OutputOptions of(Set<Format> formats) {
        return new OutputOptions(formats, PageSize.A4, null, null, null);
    }

    public Optional<Path> stylesheetFile() {
        return Optional.ofNullable(stylesheet);
    }

    public Optional<Path> logoFile() {
        return Optional.ofNullable(logo);
    }
}

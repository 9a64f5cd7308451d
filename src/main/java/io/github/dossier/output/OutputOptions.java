package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import io.github.dossier.problem.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the report is written: which formats, the paper size, the user's stylesheet, logo and Word
 * template, whether to add the sources appendix, and the timestamp that PDF and Word files carry
 * (so that rebuilding gives identical bytes).
 *
 * @param formats the formats to write
 * @param pageSize the paper size of the PDF and the Word document (a Word template has its own)
 * @param stylesheet a CSS file applied after the built-in styles, or null
 * @param logo a PNG or JPEG shown on the cover, or null
 * @param timestamp the documents' creation and modification time, or null to take the report's date
 * @param wordTemplate a {@code .docx} or {@code .dotx} the Word document is made from, or null
 * @param sourcesAppendix whether to add the appendix naming each finding's template and library
 * @param warnings what the checks of these options found worth saying (a template's missing styles)
 */
public record OutputOptions(Set<Format> formats, PageSize pageSize, Path stylesheet, Path logo, Instant timestamp,
        Path wordTemplate, boolean sourcesAppendix, List<Problem> warnings) {

    public OutputOptions {
        formats = Set.copyOf(EnumSet.copyOf(Objects.requireNonNull(formats, "formats")));
        pageSize = Objects.requireNonNullElse(pageSize, PageSize.A4);
        warnings = List.copyOf(warnings);
    }

    /** Without a Word template, sources appendix or warnings. */
    public OutputOptions(Set<Format> formats, PageSize pageSize, Path stylesheet, Path logo, Instant timestamp) {
        this(formats, pageSize, stylesheet, logo, timestamp, null, false, List.of());
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

    public Optional<Path> wordTemplateFile() {
        return Optional.ofNullable(wordTemplate);
    }
}

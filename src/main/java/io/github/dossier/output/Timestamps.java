package io.github.dossier.output;

import io.github.dossier.engagement.EngagementInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time a PDF or Word file says it was made: {@code project.build.outputTimestamp} when set,
 * else the report's date at midnight UTC, else a constant. Never the clock, so a rebuild gives
 * the same bytes.
 */
final class Timestamps {

    /** For a report without a readable date. */
    static final Instant FALLBACK = Instant.parse("2000-01-01T00:00:00Z");

    private Timestamps() {
    }

    static Instant of(OutputOptions options, EngagementInfo info) {
        if (options.timestamp() != null) {
            return options.timestamp();
        }
        try {
            return LocalDate.parse(info.date().strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return FALLBACK;
        }
    }
}

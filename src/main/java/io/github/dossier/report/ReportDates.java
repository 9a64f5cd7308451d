package io.github.dossier.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The report date a build may fall back on: the date, in UTC, of Maven's
 * {@code project.build.outputTimestamp}. Never the clock or the machine's time zone, so two
 * builds of the same inputs print the same date.
 */
public final class ReportDates {

    private ReportDates() {
    }

    /**
     * The UTC date of an output timestamp, as Maven writes it: ISO-8601 with an offset
     * ({@code 2026-11-25T00:00:00Z}) or seconds since the epoch. Empty when unset or disabled (a
     * single character, Maven's convention) or unreadable.
     */
    public static Optional<String> fromOutputTimestamp(String timestamp) {
        if (timestamp == null || timestamp.strip().length() < 2) {
            return Optional.empty();
        }
        String t = timestamp.strip();
        try {
            Instant instant = t.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(t))
                    : OffsetDateTime.parse(t).toInstant();
            return Optional.of(instant.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

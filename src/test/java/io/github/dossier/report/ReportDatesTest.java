package io.github.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {
        "2026-11-25T00:00:00Z, 2026-11-25",
        "2026-11-25T23:30:00-02:00, 2026-11-26",
        "1795996800, 2026-11-30",
        "1, ''",
        "'', ''",
        "yesterday, ''"})
    void theUtcDateOfMavensOutputTimestamp(String timestamp, String date) {
        assertThat(ReportDates.fromOutputTimestamp(timestamp).orElse("")).isEqualTo(date);
    }
}

package io.github.dossier.risk.cvss;

import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.cvss.CvssFormatException.Fault;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a CVSS value as templates and descriptors write it: a vector ({@code CVSS:3.1/…},
 * {@code CVSS:4.0/…}, also {@code CVSS:3.0/…}), a plain score from 0 to 10 with at most one decimal
 * ({@code 5.3}, {@code 4}), or {@code N/A} or nothing at all, which mean no score.
 */
public final class CvssReader {

    private static final Pattern SCORE = Pattern.compile("10(\\.0)?|\\d(\\.\\d)?");
    /** Metrics without a {@code CVSS:x.y/} prefix, valid or not. */
    private static final Pattern WITHOUT_PREFIX = Pattern.compile("AV:[A-Za-z]/AC:.*");

    private CvssReader() {
    }

    /**
     * Parses and scores a value.
     *
     * @return the score, or empty for {@code N/A} and an empty value
     * @throws CvssFormatException when the value is neither a score nor a valid vector
     */
    public static Optional<CvssScore> read(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("N/A")) {
            return Optional.empty();
        }
        if (SCORE.matcher(value).matches()) {
            return Optional.of(CvssScore.plain(Double.parseDouble(value)));
        }
        if (value.toUpperCase(Locale.ROOT).startsWith("CVSS:")) {
            return Optional.of(CvssCalculator.score(CvssVectorParser.parse(value)));
        }
        Optional<CvssVersion> version = CvssVectorParser.versionOf(value);
        if (version.isPresent()) {
            String prefix = version.get().prefix();
            throw new CvssFormatException(List.of(new Fault("this is a CVSS " + version.get().number()
                    + " vector without its prefix", "start it with " + prefix + "/: " + prefix + "/" + value)));
        }
        String hint = WITHOUT_PREFIX.matcher(value).matches()
                ? "start the vector with its version, CVSS:3.1/ or CVSS:4.0/, and give every base metric"
                : "write a score from 0 to 10 (one decimal at most), a vector such as "
                        + "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, or N/A";
        throw new CvssFormatException(List.of(new Fault("'" + value + "' is not a CVSS score or vector", hint)));
    }
}

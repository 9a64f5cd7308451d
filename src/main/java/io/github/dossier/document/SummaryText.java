package io.github.dossier.document;

import io.github.dossier.risk.Risk;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The executive summary's opening sentence, the same in every format. */
final class SummaryText {

    private SummaryText() {
    }

    /** {@code The assessment identified 4 findings: 1 critical, 2 high and 1 low risk.} */
    static String sentence(Map<Risk, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "The assessment identified no findings.";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((risk, n) -> {
            if (n > 0) {
                parts.add(n + " " + (risk == Risk.NOT_APPLICABLE ? "not rated" : risk.label().toLowerCase(Locale.ROOT)));
            }
        });
        String joined = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "The assessment identified " + total + " finding" + (total == 1 ? "" : "s") + ": " + joined
                + (parts.size() == 1 && counts.containsKey(Risk.NOT_APPLICABLE) && counts.get(Risk.NOT_APPLICABLE)
                        == total ? "." : " risk.");
    }
}

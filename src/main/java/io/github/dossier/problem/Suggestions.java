package io.github.dossier.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" help: the nearest known name to a misspelt one. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code wrong} by edit distance (case-insensitive), if it is close
     * enough to be a plausible typo: at most a third of the longer name, and at most 4 edits.
     */
    public static Optional<String> nearest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> !c.equals(wrong))
                .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= Math.min(4, Math.max(1, Math.max(w.length(), s.name.length()) / 3)))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** {@code "did you mean 'x'?"}, or the fallback when nothing is near. */
    public static String didYouMean(String wrong, Collection<String> candidates, String fallback) {
        return nearest(wrong, candidates).map(s -> "did you mean '" + s + "'?").orElse(fallback);
    }

    private record Scored(String name, int distance) {
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
     * alignment), the commonest typo: {@code vaules} is one edit from {@code values}.
     */
    static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

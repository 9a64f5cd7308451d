package io.github.dossier.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The difference between two texts word by word (words are runs of non-space characters), by
 * java-diff-utils' Myers algorithm: how many words were added and removed, and where.
 *
 * @param added words in the new text that are not in the old
 * @param removed words in the old text that are not in the new
 * @param deltas each changed stretch: the old words and the new words (one side empty for a pure
 *     addition or removal)
 */
public record WordDiff(int added, int removed, List<Delta> deltas) {

    /** How many changed stretches {@link #summary()} quotes. */
    static final int QUOTED = 3;
    /** How many words of a stretch are quoted before "…". */
    static final int WORDS = 8;

    /** One changed stretch. */
    public record Delta(List<String> before, List<String> after) {
        public Delta {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    public WordDiff {
        deltas = List.copyOf(deltas);
    }

    public static WordDiff of(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        List<Delta> deltas = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(old, now).getDeltas()) {
            List<String> source = d.getType() == DeltaType.INSERT ? List.of() : d.getSource().getLines();
            List<String> target = d.getType() == DeltaType.DELETE ? List.of() : d.getTarget().getLines();
            deltas.add(new Delta(source, target));
            added += target.size();
            removed += source.size();
        }
        return new WordDiff(added, removed, deltas);
    }

    public boolean isEmpty() {
        return deltas.isEmpty();
    }

    /**
     * {@code 3 words added, 1 removed: “TLS 1.0” → “TLS 1.2 or later”; added “promptly”}: the
     * counts and the first few stretches, each cut to a few words.
     */
    public String summary() {
        List<String> parts = stretches().subList(0, Math.min(QUOTED, deltas.size()));
        String more = deltas.size() > QUOTED ? "; " + (deltas.size() - QUOTED) + " more" : "";
        return counts() + ": " + String.join("; ", parts) + more;
    }

    /** Every changed stretch, each cut to a few words: {@code “TLS 1.0” → “TLS 1.2”}, {@code added “x”}. */
    public List<String> stretches() {
        List<String> parts = new ArrayList<>();
        for (Delta d : deltas) {
            if (d.before().isEmpty()) {
                parts.add("added " + quote(d.after()));
            } else if (d.after().isEmpty()) {
                parts.add("removed " + quote(d.before()));
            } else {
                parts.add(quote(d.before()) + " → " + quote(d.after()));
            }
        }
        return parts;
    }

    /** {@code 3 words added, 1 removed}. */
    public String counts() {
        return added + " word" + (added == 1 ? "" : "s") + " added, " + removed + " removed";
    }

    private static String quote(List<String> words) {
        String shown = String.join(" ", words.subList(0, Math.min(WORDS, words.size())));
        return "“" + shown + (words.size() > WORDS ? " …" : "") + "”";
    }

    static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }
}

package io.github.dossier.scan;

/**
 * Text that a regular expression may read only so many characters of. Java's regex engine
 * reads its input through {@link #charAt}, so counting reads bounds the work of any pattern,
 * even one that backtracks catastrophically, without threads or timeouts: past the budget,
 * {@link Exhausted} ends the match.
 */
final class BoundedText implements CharSequence {

    /** Thrown when the read budget is spent. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("regular expression read budget exhausted", null, false, false);
        }
    }

    private final String text;
    private final int from;
    private final int to;
    private final long[] budget;

    BoundedText(String text, long budget) {
        this(text, 0, text.length(), new long[] {budget});
    }

    private BoundedText(String text, int from, int to, long[] budget) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.budget = budget;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) {
            throw new Exhausted();
        }
        return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text, from + start, from + end, budget);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }
}

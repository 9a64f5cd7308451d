package io.github.dossier.template;

/**
 * A fenced code block's opening line: at least three backticks or tildes (CommonMark). A backtick
 * fence's info string holds no backtick, so a line holding a complete {@code ```code```} span is
 * inline code, not a fence. One rule for the parser, the heading scan and the layout pass.
 *
 * @param indent the whitespace before the fence characters
 * @param character the fence character
 * @param length how many of them opened it
 * @param info what follows them on the opening line
 */
public record CodeFence(String indent, char character, int length, String info) {

    /** The fence a line opens, or null. */
    public static CodeFence opening(String line) {
        String s = line.stripLeading();
        int run = CodeRegions.run(s, 0);
        char c = s.isEmpty() ? 0 : s.charAt(0);
        if (run < 3 || c != '`' && c != '~' || c == '`' && s.indexOf('`', run) >= 0) {
            return null;
        }
        return new CodeFence(line.substring(0, line.length() - s.length()), c, run, s.substring(run));
    }

    /** Whether {@code line} closes this fence: the same character, at least as many, nothing after. */
    public boolean closedBy(String line) {
        String s = line.stripLeading();
        int run = CodeRegions.run(s, 0);
        return run >= length && s.charAt(0) == character && s.substring(run).isBlank();
    }

    /** What closes it. */
    public String closer() {
        return String.valueOf(character).repeat(length);
    }

    /**
     * The longest run of this fence's character at the start of a line of {@code content}: a
     * fence for that content must be longer.
     */
    public int longestRunIn(String content) {
        int longest = 0;
        for (String line : content.split("\n", -1)) {
            String s = line.stripLeading();
            if (!s.isEmpty() && s.charAt(0) == character) {
                longest = Math.max(longest, CodeRegions.run(s, 0));
            }
        }
        return longest;
    }
}

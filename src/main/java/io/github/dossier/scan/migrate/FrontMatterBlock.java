package io.github.dossier.scan.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a template's {@code generation:} block is, found in the file's text as written (line
 * endings and all), so that replacing it leaves every other byte of the file as it was. The block
 * is the {@code generation:} line at the left margin and the indented or blank lines after it,
 * without the blank lines that end it.
 *
 * @param start the offset of the block's first character
 * @param end the offset just after the block's last line break
 * @param line the 1-based line of {@code generation:}
 * @param text the block as written
 * @param lineBreak the block's line break ({@code \n} or {@code \r\n})
 * @param frontMatter the front matter as written, between the {@code ---} lines
 * @param hasScan whether the front matter also has a {@code scan:} key
 */
record FrontMatterBlock(int start, int end, int line, String text, String lineBreak, String frontMatter,
        boolean hasScan) {

    private static final Pattern GENERATION = Pattern.compile("generation[ \\t]*:(\\s.*)?", Pattern.DOTALL);
    private static final Pattern SCAN = Pattern.compile("scan[ \\t]*:(\\s.*)?", Pattern.DOTALL);

    /** A line: where it starts, where its content ends, and where its line break ends. */
    private record Line(int start, int contentEnd, int end) {
    }

    /** The block of a template's text, or empty when its front matter has no {@code generation:} key. */
    static Optional<FrontMatterBlock> find(String text) {
        List<Line> lines = lines(text);
        if (lines.isEmpty() || !content(text, lines.get(0)).replace("\uFEFF", "").strip().equals("---")) {
            return Optional.empty();
        }
        int close = 1;
        while (close < lines.size() && !content(text, lines.get(close)).stripTrailing().equals("---")) {
            close++;
        }
        if (close == lines.size()) {
            return Optional.empty();
        }
        int generation = -1;
        boolean scan = false;
        for (int i = 1; i < close; i++) {
            String line = content(text, lines.get(i));
            generation = generation < 0 && GENERATION.matcher(line).matches() ? i : generation;
            scan |= SCAN.matcher(line).matches();
        }
        if (generation < 0) {
            return Optional.empty();
        }
        int last = generation;
        for (int i = generation + 1; i < close && continues(content(text, lines.get(i))); i++) {
            last = content(text, lines.get(i)).isBlank() ? last : i;
        }
        Line first = lines.get(generation);
        int end = lines.get(last).end();
        String lineBreak = text.substring(first.contentEnd(), first.end());
        return Optional.of(new FrontMatterBlock(first.start(), end, generation + 1, text.substring(first.start(), end),
                lineBreak.isEmpty() ? "\n" : lineBreak,
                text.substring(lines.get(1).start(), lines.get(close).start()), scan));
    }

    /** A line belongs to the block when it is blank or indented. */
    private static boolean continues(String line) {
        return line.isBlank() || line.startsWith(" ") || line.startsWith("\t");
    }

    private static String content(String text, Line line) {
        return text.substring(line.start(), line.contentEnd());
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int lf = text.indexOf('\n', start);
            int end = lf < 0 ? text.length() : lf + 1;
            int contentEnd = lf < 0 ? end : lf > start && text.charAt(lf - 1) == '\r' ? lf - 1 : lf;
            lines.add(new Line(start, contentEnd, end));
            start = end;
        }
        return lines;
    }
}

package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Context;
import io.github.dossier.template.Node.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Parses the markup of one template section into a tree of positioned nodes: toggles
 * {@code {a||b}}, highlights {@code {==…==}} (classified by {@link Highlights}) and the Markdown
 * text between them. A stack of open frames lets the constructs nest; braces that hold no
 * top-level {@code ||} stay literal text, as does an unmatched {@code {}.
 */
final class MarkupParser {

    /** Real templates nest two or three deep; far deeper is hostile and would exhaust the stack later. */
    static final int MAX_NESTING = 32;

    /** An open {@code {==} or {@code {}, collecting its content split at top-level {@code ||}. */
    private static final class Frame {
        final boolean highlight;
        final int start;
        final List<List<Node>> segments = new ArrayList<>();
        List<Node> current = new ArrayList<>();

        Frame(boolean highlight, int start) {
            this.highlight = highlight;
            this.start = start;
            segments.add(current);
        }

        void split() {
            current = new ArrayList<>();
            segments.add(current);
        }
    }

    private final String text;
    private final Location origin;
    private final Problems problems;
    private final Problems lints;
    private final OptionGrouper grouper;
    private final int[] lineStarts;
    private final CodeRegions code;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingStart;
    private int openHighlights;
    private boolean tooDeep;

    private MarkupParser(String text, Location origin, Problems problems, Problems lints) {
        this.text = text;
        this.origin = origin;
        this.problems = problems;
        this.lints = lints;
        this.grouper = new OptionGrouper(problems);
        this.code = CodeRegions.of(text);
        this.lineStarts = lineStarts(text);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Parses {@code text}, which starts at {@code origin} in its file.
     *
     * @param problems collects syntax errors
     * @param lints collects lint warnings (suspicious but valid markup)
     * @param startsAtLineStart whether {@code text} begins a line (options there cover the line)
     */
    static List<Node> parse(String text, Location origin, Problems problems, Problems lints,
            boolean startsAtLineStart) {
        MarkupParser parser = new MarkupParser(text, origin, problems, lints);
        Lints.brokenDelimiters(text, parser.code, parser::at, lints);
        return parser.run(startsAtLineStart);
    }

    private List<Node> run(boolean startsAtLineStart) {
        Frame root = new Frame(false, -1);
        frames.push(root);
        int i = 0;
        while (i < text.length()) {
            i = step(i);
        }
        flush(text.length());
        for (Frame open : frames) {
            if (open.highlight && !tooDeep) {
                problems.error(at(open.start), "{== is never closed",
                        "add ==} after the highlighted text, or remove the {==");
            }
        }
        flattenAbove(root);
        return grouper.group(Texts.merge(root.current), startsAtLineStart);
    }

    /** Consumes the token at {@code i} and returns the index after it. */
    private int step(int i) {
        Context context = code.at(i);
        char c = text.charAt(i);
        if (frames.size() > MAX_NESTING && c == '{') {
            tooDeep = true;
            problems.error(at(i), "markup is nested more than " + MAX_NESTING + " levels deep",
                    "simplify the template: toggles and highlights rarely need more than three levels");
            append(i, text.substring(i));
            return text.length();
        }
        if (text.startsWith("{==", i)) {
            flush(i);
            frames.push(new Frame(true, i));
            openHighlights++;
            return i + 3;
        }
        if (text.startsWith("==}", i) && openHighlights > 0) {
            flush(i);
            closeHighlight(i);
            return i + 3;
        }
        if (context == Context.TEXT && c == '\\' && i + 1 < text.length() && "{}|".indexOf(text.charAt(i + 1)) >= 0) {
            append(i, text.substring(i, i + 2));
            return i + 2;
        }
        boolean inFrame = frames.size() > 1;
        if (text.startsWith("||", i) && inFrame && (context == Context.TEXT || frames.peek().highlight)) {
            flush(i);
            frames.peek().split();
            return i + 2;
        }
        if (context == Context.TEXT && c == '{') {
            flush(i);
            frames.push(new Frame(false, i));
            return i + 1;
        }
        if (context == Context.TEXT && c == '}' && inFrame && !frames.peek().highlight) {
            flush(i);
            closeBrace(frames.pop());
            return i + 1;
        }
        if (context == Context.TEXT && c == '}') {
            unmatchedBrace(i, "}");
        }
        append(i, String.valueOf(c));
        return i + 1;
    }

    /** An unmatched brace on a line with a toggle separator probably broke that toggle. */
    private void unmatchedBrace(int index, String brace) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        String line = text.substring(lineStart, CodeRegions.lineEnd(text, index));
        if (line.contains("||")) {
            lints.warning(at(index), "unmatched " + brace + " near a toggle, so it stays literal text",
                    "check the braces of the toggle on this line: {plural||singular}");
        }
    }

    private void closeHighlight(int closeAt) {
        Frame frame = frames.stream().filter(f -> f.highlight).findFirst().orElseThrow();
        flattenAbove(frame);
        frames.pop();
        openHighlights--;
        String content = text.substring(frame.start + 3, closeAt);
        List<List<Node>> segments = frame.segments.stream()
                .map(s -> grouper.group(Texts.merge(s), false)).toList();
        boolean alone = aloneOnLine(frame.start, closeAt + 3);
        addAll(HighlightFactory.create(content, segments, code.at(frame.start), alone, at(frame.start)));
    }

    private void closeBrace(Frame frame) {
        if (frame.segments.size() == 1) {
            List<Node> nodes = literal(frame, "{");
            nodes.add(new Text("}", at(frame.start)));
            addAll(nodes);
            Lints.oneSidedBrace(Texts.source(frame.segments.get(0)), at(frame.start), lints);
            return;
        }
        addAll(List.of(ToggleFactory.create(frame.segments, at(frame.start), lints, grouper)));
    }

    /**
     * Pops every frame above {@code target} as literal text into it. Each popped frame opened
     * after its parent's content, so appending them bottom to top keeps document order, in one
     * pass however deep the unclosed nesting.
     */
    private void flattenAbove(Frame target) {
        List<Frame> above = new ArrayList<>();
        while (frames.peek() != target) {
            above.add(0, frames.pop());
        }
        for (Frame frame : above) {
            if (!frame.highlight) {
                unmatchedBrace(frame.start, "{");
            }
            target.current.addAll(literal(frame, frame.highlight ? "{==" : "{"));
        }
    }

    /** An unclosed or toggle-less frame as literal text: its opener, then its content. */
    private List<Node> literal(Frame frame, String opener) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Text(opener, at(frame.start)));
        for (int s = 0; s < frame.segments.size(); s++) {
            if (s > 0) {
                nodes.add(new Text("||", at(frame.start)));
            }
            nodes.addAll(frame.segments.get(s));
        }
        return nodes;
    }

    private boolean aloneOnLine(int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = CodeRegions.lineEnd(text, end);
        return text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank();
    }

    private void append(int index, String s) {
        if (pending.length() == 0) {
            pendingStart = index;
        }
        pending.append(s);
    }

    private void flush(int index) {
        if (pending.length() > 0) {
            frames.peek().current.add(new Text(pending.toString(), at(pendingStart)));
            pending.setLength(0);
        }
    }

    private void addAll(List<Node> nodes) {
        frames.peek().current.addAll(nodes);
    }

    private Location at(int index) {
        int line = java.util.Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2;
        }
        int column = index - lineStarts[line] + 1;
        return new Location(origin.file(), origin.line() + line, line == 0 ? origin.column() + column - 1 : column);
    }
}

package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.template.Node.Context;
import io.github.dossier.template.Node.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the markup of one template section into a tree of positioned nodes: toggles
 * {@code {a||b}}, highlights {@code {==…==}} (classified by {@link HighlightFactory}), tables,
 * {@code XREF} tokens and the Markdown text between them. A stack of open frames lets the
 * constructs nest; braces that hold no top-level {@code ||} stay literal text, as does an
 * unmatched {@code {}. The parser never recurses, so hostile input cannot exhaust the stack.
 */
final class MarkupParser {

    /** Real templates nest two or three deep; far deeper is hostile and would exhaust the stack later. */
    static final int MAX_NESTING = 32;

    /** How many unclosed {@code {==} are reported one by one. */
    private static final int MAX_UNCLOSED_REPORTED = 10;

    /** A cross-reference token the writer must resolve (SPEC §1.4): {@code XREF}, {@code XREF_Account}. */
    private static final Pattern XREF = Pattern.compile("(?<![A-Za-z0-9_])XREF(?:[A-Za-z0-9_]|-(?=[A-Za-z0-9]))*");
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";

    /** An open {@code {==} or {@code {}, collecting its content split at top-level {@code ||}. */
    private static final class Frame {
        final boolean highlight;
        final int start;
        final List<List<Node>> segments = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        /** How deep the constructs already closed inside this frame nest. */
        int innerDepth;

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
    private final ParseProblems problems;
    private final OptionGrouper grouper;
    private final int[] lineStarts;
    private final CodeRegions code;
    private final List<TableLines.Range> tables;
    /** Where code delimiters start, in order, and the next one not yet passed. */
    private final int[] delimiterStarts;
    private int nextDelimiter;
    /** A table cell is part of a line: a slot there is never a block slot. */
    private final boolean cell;
    private int nextTable;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingStart;
    private int openHighlights;
    private boolean tooDeep;
    /** The line whose toggle separators were last looked for, and whether it has one. */
    private int separatorLine = -1;
    private boolean separatorLineHasToggle;

    private MarkupParser(String text, Location origin, ParseProblems problems, boolean cell) {
        this.text = text;
        this.cell = cell;
        this.origin = origin;
        this.problems = problems;
        this.grouper = new OptionGrouper(problems.errors());
        this.lineStarts = lineStarts(text);
        this.code = CodeRegions.of(text, this::at);
        this.delimiterStarts = code.delimiterStarts();
        this.tables = cell ? List.of() : TableLines.find(text, code);
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
     * @param startsAtLineStart whether {@code text} begins a line (options there cover the line)
     */
    static List<Node> parse(String text, Location origin, ParseProblems problems, boolean startsAtLineStart) {
        MarkupParser parser = new MarkupParser(text, origin, problems, false);
        Lints.brokenDelimiters(text, parser.code, parser::at, problems.malformed());
        return parser.run(startsAtLineStart);
    }

    /** Parses one table cell: markup, but no tables, and broken delimiters already reported. */
    private static List<Node> parseCell(String text, Location origin, ParseProblems problems) {
        return new MarkupParser(text, origin, problems, true).run(false);
    }

    private List<Node> run(boolean startsAtLineStart) {
        Frame root = new Frame(false, -1);
        frames.push(root);
        int i = 0;
        while (i < text.length()) {
            i = step(i);
        }
        flush();
        reportUnclosed();
        flattenAbove(root);
        return grouper.group(Texts.merge(root.current), startsAtLineStart);
    }

    /** Consumes the token at {@code i} and returns the index after it. */
    private int step(int i) {
        Context context = code.at(i);
        char c = text.charAt(i);
        if (nextTable < tables.size() && tables.get(nextTable).start() == i) {
            return table(tables.get(nextTable++));
        }
        if (context == Context.TEXT && text.startsWith(COMMENT_OPEN, i)) {
            return comment(i);
        }
        while (nextDelimiter < delimiterStarts.length && delimiterStarts[nextDelimiter] < i) {
            nextDelimiter++;
        }
        CodeRegions.Delimiter delimiter = nextDelimiter < delimiterStarts.length && delimiterStarts[nextDelimiter] == i
                ? code.delimiterAt(i) : null;
        if (delimiter != null) {
            flush();
            addAll(List.of(delimiter.node()));
            return i + delimiter.length();
        }
        if (text.startsWith("{==", i)) {
            flush();
            frames.push(new Frame(true, i));
            openHighlights++;
            return i + 3;
        }
        if (text.startsWith("==}", i) && openHighlights > 0) {
            flush();
            Frame highlight = frames.stream().filter(f -> f.highlight).findFirst().orElseThrow();
            flattenAbove(highlight);
            if (highlight.innerDepth >= MAX_NESTING) {
                return tooDeep(highlight, i);
            }
            closeHighlight(i);
            return i + 3;
        }
        if (text.startsWith("==}", i) && context == Context.TEXT) {
            Lints.strayCloser(at(i), problems.malformed());
            append(i, "==}");
            return i + 3;
        }
        if (context == Context.TEXT && c == '\\' && i + 1 < text.length() && "{}|".indexOf(text.charAt(i + 1)) >= 0) {
            append(i, text.substring(i, i + 2));
            return i + 2;
        }
        boolean inFrame = frames.size() > 1;
        if (text.startsWith("||", i) && inFrame && (context == Context.TEXT || frames.peek().highlight)) {
            flush();
            frames.peek().split();
            return i + 2;
        }
        if (context == Context.TEXT && c == '{') {
            flush();
            frames.push(new Frame(false, i));
            return i + 1;
        }
        if (context == Context.TEXT && c == '}' && inFrame && !frames.peek().highlight) {
            flush();
            Frame brace = frames.peek();
            if (brace.segments.size() > 1 && brace.innerDepth >= MAX_NESTING) {
                return tooDeep(brace, i);
            }
            closeBrace(frames.pop());
            return i + 1;
        }
        if (context == Context.TEXT && c == '}') {
            unmatchedBrace(i, "}");
        }
        if (pending.length() == 0) {
            pendingStart = i;
        }
        pending.append(c);
        return i + 1;
    }

    /**
     * A table at the top level becomes a {@link Node.Table}; inside a highlight or toggle its
     * lines stay text of that construct.
     */
    private int table(TableLines.Range range) {
        if (frames.size() > 1) {
            append(range.start(), text.substring(range.start(), range.start() + 1));
            return range.start() + 1;
        }
        flush();
        List<List<List<Node>>> rows = new ArrayList<>();
        List<String> alignments = List.of();
        int pos = range.start();
        while (pos < range.end()) {
            int end = CodeRegions.lineEnd(text, pos);
            List<TableLines.Cell> cells = TableLines.cells(text.substring(pos, end));
            if (rows.size() == 1 && alignments.isEmpty() && TableLines.isDelimiterRow(cells)) {
                alignments = cells.stream().map(cell -> cell.text().strip()).toList();
            } else {
                List<List<Node>> row = new ArrayList<>();
                for (TableLines.Cell cell : cells) {
                    row.add(cell(cell, pos));
                }
                rows.add(row);
            }
            pos = end + 1;
        }
        List<List<List<Node>>> body = rows.subList(1, rows.size());
        boolean toFill = body.isEmpty() || body.stream().anyMatch(row -> row.stream().anyMatch(List::isEmpty));
        addAll(List.of(new Node.Table(rows.get(0), alignments, body, toFill, at(range.start()))));
        return range.end();
    }

    private List<Node> cell(TableLines.Cell cell, int rowStart) {
        String source = cell.text();
        int lead = source.length() - source.stripLeading().length();
        String trimmed = source.strip();
        List<Node> nodes = new ArrayList<>(parseCell(trimmed, at(rowStart + cell.offset() + lead), problems));
        Texts.stripEdges(nodes);
        return nodes;
    }

    /**
     * An HTML comment is not shown by any format: it is dropped with a warning, together with its
     * line when it stands alone there, so that it cannot split a paragraph.
     */
    private int comment(int i) {
        int close = text.indexOf(COMMENT_CLOSE, i + COMMENT_OPEN.length());
        if (close < 0) {
            problems.malformed().warning(at(i), "HTML comment is never closed and would print as written",
                    "close it with --> or remove it");
            append(i, COMMENT_OPEN);
            return i + COMMENT_OPEN.length();
        }
        flush();
        int end = close + COMMENT_CLOSE.length();
        problems.lints().warning(at(i), "HTML comment dropped: no report format shows it",
                "remove it, or turn guidance for the writer into {==NOTE …==}");
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        int lineEnd = CodeRegions.lineEnd(text, end);
        if (text.substring(lineStart, i).isBlank() && text.substring(end, lineEnd).isBlank() && lineEnd < text.length()) {
            return lineEnd + 1;
        }
        return end;
    }

    /** An unmatched brace on a line with a toggle separator probably broke that toggle. */
    private void unmatchedBrace(int index, String brace) {
        int line = lineOf(index);
        if (line != separatorLine) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
            separatorLine = line;
            separatorLineHasToggle = text.substring(lineStarts[line], end).contains("||");
        }
        if (separatorLineHasToggle) {
            problems.lints().warning(at(index), "unmatched " + brace + " near a toggle, so it stays literal text",
                    "check the braces of the toggle on this line: {plural||singular}");
        }
    }

    private void closeHighlight(int closeAt) {
        Frame frame = frames.pop();
        deepen(frame.innerDepth + 1);
        openHighlights--;
        String content = text.substring(frame.start + 3, closeAt);
        List<List<Node>> segments = frame.segments.stream()
                .map(s -> grouper.group(Texts.merge(s), false)).toList();
        int lineStart = text.lastIndexOf('\n', frame.start - 1) + 1;
        String before = text.substring(lineStart, frame.start);
        String after = text.substring(closeAt + 3, CodeRegions.lineEnd(text, closeAt + 3));
        addAll(HighlightFactory.create(content, segments, code.at(frame.start), before, after, !cell,
                at(frame.start)));
    }

    private void closeBrace(Frame frame) {
        if (frame.segments.size() == 1) {
            List<Node> nodes = literal(frame, "{");
            nodes.add(new Text("}", at(frame.start)));
            addAll(nodes);
            deepen(frame.innerDepth);
            Lints.oneSidedBrace(Texts.source(frame.segments.get(0)), at(frame.start), problems.malformed());
            return;
        }
        addAll(List.of(ToggleFactory.create(frame.segments, at(frame.start), problems.lints(), grouper)));
        deepen(frame.innerDepth + 1);
    }

    /** The frame now on top holds a construct nesting {@code depth} deep. */
    private void deepen(int depth) {
        Frame parent = frames.peek();
        parent.innerDepth = Math.max(parent.innerDepth, depth);
    }

    /**
     * A construct holding constructs {@link #MAX_NESTING} deep is too deep to resolve: reported
     * where it opened, and the rest of the text is kept as written (the build fails anyway).
     * Literal braces make no construct, so prose may hold any number of unmatched {@code {}.
     */
    private int tooDeep(Frame construct, int i) {
        tooDeep = true;
        problems.errors().error(at(construct.start), "markup is nested more than " + MAX_NESTING + " levels deep",
                "simplify the template: toggles and highlights rarely need more than three levels");
        append(i, text.substring(i));
        return text.length();
    }

    /** Each {@code {==} left open, the first few of them: one mistake often leaves many. */
    private void reportUnclosed() {
        if (tooDeep) {
            return;
        }
        List<Frame> open = new ArrayList<>();
        frames.descendingIterator().forEachRemaining(f -> {
            if (f.highlight) {
                open.add(f);
            }
        });
        int shown = Math.min(open.size(), MAX_UNCLOSED_REPORTED);
        for (int k = 0; k < shown; k++) {
            String more = k == shown - 1 && open.size() > shown ? " (and " + (open.size() - shown) + " more after it)"
                    : "";
            int start = open.get(k).start;
            int broken = brokenCloser(start);
            if (broken >= 0) {
                boolean bareEquals = text.startsWith("==", broken);
                Location opened = at(start);
                problems.errors().error(at(broken), "the {== at " + opened.line() + ":" + opened.column()
                        + " is never closed: this '"
                        + (bareEquals ? "==" : "}") + "' was probably meant as '==}'" + more,
                        bareEquals ? "write ==} here" : "write ==} instead of }");
            } else {
                problems.errors().error(at(start), "{== is never closed" + more,
                        "add ==} after the highlighted text, or remove the {==");
            }
        }
    }

    /**
     * Where, on the line of an unclosed {@code {==}, its closer was probably mistyped: a {@code ==}
     * without its brace, else a lone {@code }} — the place to fix. -1 when the line has neither.
     */
    private int brokenCloser(int opener) {
        int end = CodeRegions.lineEnd(text, opener);
        int from = opener + 3;
        for (int i = from; i + 1 < end; i++) {
            if (text.startsWith("==", i) && !text.startsWith("==}", i) && !text.startsWith("{==", i - 1)
                    && (i + 2 >= end || text.charAt(i + 2) != '=')) {
                return i;
            }
        }
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '}' && code.at(i) == Context.TEXT && text.charAt(i - 1) != '=') {
                return i;
            }
        }
        return -1;
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
            target.innerDepth = Math.max(target.innerDepth, frame.innerDepth);
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

    private void append(int index, String s) {
        if (pending.length() == 0) {
            pendingStart = index;
        }
        pending.append(s);
    }

    /** Emits the pending text, with each {@code XREF} token in it as a slot of its own. */
    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        String s = pending.toString();
        pending.setLength(0);
        List<Node> into = frames.peek().current;
        if (s.indexOf("XREF") < 0) {
            into.add(new Text(s, at(pendingStart)));
            return;
        }
        Matcher m = XREF.matcher(s);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                into.add(new Text(s.substring(from, m.start()), at(pendingStart + from)));
            }
            int at = pendingStart + m.start();
            into.add(new Node.Slot(m.group(), false, code.at(at), at(at)));
            from = m.end();
        }
        if (from < s.length()) {
            into.add(new Text(s.substring(from), at(pendingStart + from)));
        }
    }

    private void addAll(List<Node> nodes) {
        frames.peek().current.addAll(nodes);
    }

    private int lineOf(int index) {
        int line = Arrays.binarySearch(lineStarts, index);
        return line < 0 ? -line - 2 : line;
    }

    private Location at(int index) {
        int line = lineOf(index);
        int column = index - lineStarts[line] + 1;
        return new Location(origin.file(), origin.line() + line, line == 0 ? origin.column() + column - 1 : column);
    }
}

package io.github.dossier.io;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Bounds how deeply Markdown nests, for every Markdown input before anything renders it.
 * commonmark-java builds its tree without recursion, but its renderers (and ours, and the PDF
 * layout) recurse once per level: a few kilobytes of {@code > > > …} or {@code - - - …} would
 * overflow the stack of the build's JVM. The text is parsed once here, the tree is walked
 * without recursion, and the first node past the limit is reported where it is written.
 *
 * <p>A level is a block quote, a list item, an emphasis, a strong emphasis, a link or an image.
 * Real reports stay below six; {@value #MAX_LEVELS} per input leaves room, and a value placed
 * inside a template's structure can at most add its own levels to the template's.
 */
public final class MarkdownNesting {

    /** The deepest nesting one input (a template, a value, a writer's section) may have. */
    public static final int MAX_LEVELS = 16;

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownNesting() {
    }

    /** The first place where a text nests too deeply: 0-based line and column within the text. */
    public record TooDeep(int line, int column) {
    }

    /**
     * Reports an error, located where it happens, when a file's Markdown nests more than
     * {@link #MAX_LEVELS} levels.
     *
     * @param start where the text starts in its file (a template's body, a writer's section)
     * @return whether the text is within the limit
     */
    public static boolean checkFile(String markdown, Location start, Problems problems) {
        return find(markdown, MAX_LEVELS).map(at -> {
            report(new Location(start.file(), start.line() + at.line(),
                    (at.line() == 0 ? start.column() : 1) + at.column()), "Markdown here", problems);
            return false;
        }).orElse(true);
    }

    /**
     * Reports an error at {@code at} when a value's Markdown nests more than {@link #MAX_LEVELS}
     * levels. A value's lines do not map one to one onto the descriptor's (quotes, folding), so the
     * message names the value's own line.
     *
     * @param what the value, for the message ({@code the value of EXAMPLE})
     * @return whether the text is within the limit
     */
    public static boolean checkValue(String markdown, Location at, String what, Problems problems) {
        return find(markdown, MAX_LEVELS).map(deep -> {
            report(at, markdown.indexOf('\n') < 0 ? what : what + " (its line " + (deep.line() + 1) + ")", problems);
            return false;
        }).orElse(true);
    }

    private static void report(Location where, String subject, Problems problems) {
        problems.error(where, subject + " nests more than " + MAX_LEVELS + " levels deep (block quotes, list"
                + " items, emphasis and links each count)", "flatten the structure: deeper nesting cannot be laid out"
                + " in a report, and rendering it would exhaust the build's stack");
    }

    /** Where {@code markdown} first nests more than {@code max} levels, if it does. */
    public static Optional<TooDeep> find(String markdown, int max) {
        if (upperBound(markdown) <= max) {
            return Optional.empty(); // nearly every input: parsing it would only confirm this
        }
        Node document = PARSER.parse(markdown);
        int levels = 0;
        Node node = document.getFirstChild();
        while (node != null) {
            int here = levels + (counts(node) ? 1 : 0);
            if (here > max) {
                return Optional.of(position(node));
            }
            if (node.getFirstChild() != null) {
                levels = here;
                node = node.getFirstChild();
                continue;
            }
            // climb until a node with a next sibling, leaving each counted ancestor's level
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                if (node == null || node == document) {
                    return Optional.empty();
                }
                levels -= counts(node) ? 1 : 0;
            }
            node = node == null ? null : node.getNext();
        }
        return Optional.empty();
    }

    /**
     * A bound on the nesting, read off the text in one pass: per run of lines between blank
     * lines, the most container markers ({@code >}, list bullets and numbers) and indentation
     * (a nested list item is indented at least two columns more) that a line starts with, plus
     * the emphasis delimiters ({@code *}, {@code _}: an emphasis takes at least two) and link
     * openers ({@code [}, one more for an autolink) of the run. Lazy continuation lines keep
     * their run's depth, and emphasis and links never cross a blank line.
     */
    static int upperBound(String markdown) {
        int bound = 0;
        int blocks = 0;
        int delimiters = 0;
        int links = 0;
        int autolink = 0;
        for (int start = 0; start <= markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            if (markdown.substring(start, end).isBlank()) {
                bound = Math.max(bound, blocks + delimiters / 2 + links + autolink);
                blocks = delimiters = links = autolink = 0;
            } else {
                blocks = Math.max(blocks, containers(markdown, start, end));
                for (int i = start; i < end; i++) {
                    char c = markdown.charAt(i);
                    delimiters += c == '*' || c == '_' ? 1 : 0;
                    links += c == '[' ? 1 : 0;
                    autolink |= c == '<' ? 1 : 0;
                }
            }
            start = end + 1;
        }
        return Math.max(bound, blocks + delimiters / 2 + links + autolink);
    }

    /** The container markers a line starts with, and half its indentation (a tab is four columns). */
    private static int containers(String line, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                columns += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && (i + 1 == end || line.charAt(i + 1) == ' '
                    || line.charAt(i + 1) == '\t')) {
                markers++;
                i++;
            } else {
                int digits = i;
                while (digits < end && digits - i < 9 && Character.isDigit(line.charAt(digits))) {
                    digits++;
                }
                if (digits == i || digits == end || line.charAt(digits) != '.' && line.charAt(digits) != ')') {
                    break;
                }
                markers++;
                i = digits + 1;
            }
        }
        return markers + columns / 2;
    }

    private static boolean counts(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image;
    }

    /** The node's first source position, or its nearest ancestor's when it has none. */
    private static TooDeep position(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                return new TooDeep(spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
            }
        }
        return new TooDeep(0, 0);
    }
}

package io.github.dossier.template;

import io.github.dossier.problem.Problems;
import io.github.dossier.template.Node.Group;
import io.github.dossier.template.Node.Marker;
import io.github.dossier.template.Node.Reading;
import io.github.dossier.template.Node.Scope;
import io.github.dossier.template.Node.Text;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns option and alternative markers into {@link Group}s (SPEC §1.3, "Options"). A marker at
 * the start of a line covers the rest of the line; elsewhere the rest of its sentence; a marker
 * alone on its line covers the block below it. {@code OR} splits the covered text into
 * alternatives, and a group goes on while the next thing after an alternative is an {@code OR}.
 * A standalone {@code OR} with no marker before it offers the block (or sentence) before it and
 * the one after it. A content option (SPEC §1.4) is its own text and covers nothing after it.
 */
final class OptionGrouper {

    private static final Pattern LINE_PREFIX = Pattern.compile("[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?");

    private enum Stop {
        OR, MARKER, SCOPE_END, CONTAINER_END
    }

    private final Problems problems;

    OptionGrouper(Problems problems) {
        this.problems = problems;
    }

    /** Groups the markers of one container (a section, a toggle side, a highlight's content). */
    List<Node> group(List<Node> nodes, boolean startsAtLineStart) {
        if (nodes.stream().noneMatch(Marker.class::isInstance)) {
            return nodes;
        }
        Deque<Node> in = new ArrayDeque<>(nodes.size());
        nodes.forEach(node -> in.add(node instanceof Marker m && m.reading() != null && m.reading().isContent()
                ? ownText(m) : node));
        List<Node> out = new ArrayList<>();
        while (!in.isEmpty()) {
            Node node = in.poll();
            if (node instanceof Marker marker && marker.kind() != Marker.Kind.OR) {
                out.add(groupFrom(marker, out, in, startsAtLineStart));
            } else if (node instanceof Marker marker) {
                standaloneOr(marker, out, in, startsAtLineStart);
            } else {
                out.add(node);
            }
        }
        return Texts.merge(out);
    }

    /** A content option: the marker's own text is what the option keeps or leaves out. */
    private static Group ownText(Marker marker) {
        return new Group(Marker.Kind.OPTION, marker.label(), marker.reading(), Scope.OWN_TEXT, marker.content(), "",
                "", marker.location());
    }

    private Group groupFrom(Marker marker, List<Node> out, Deque<Node> in, boolean startsAtLineStart) {
        boolean lineStart = atLineStart(out, startsAtLineStart);
        String prefix = lineStart ? takeLinePrefix(out) : "";
        Scope scope = lineStart ? Scope.LINE : Scope.SENTENCE;
        Scope first = aloneOnLineAfterMarker(in) && scope != Scope.SENTENCE ? Scope.BLOCK : scope;
        List<List<Node>> alternatives = collectAlternatives(in, scope);
        String suffix = takeSuffix(in, scope);
        Reading reading = marker.reading() != null ? marker.reading()
                : marker.label().isEmpty() ? Reading.BARE : Reading.LABEL;
        return new Group(marker.kind(), marker.label(), reading, first, alternatives, prefix, suffix,
                marker.location());
    }

    /** Collects alternatives until the group ends; {@code in} is left after the group. */
    private List<List<Node>> collectAlternatives(Deque<Node> in, Scope groupScope) {
        List<List<Node>> alternatives = new ArrayList<>();
        while (true) {
            List<Node> current = new ArrayList<>();
            alternatives.add(current);
            Scope scope = aloneOnLineAfterMarker(in) && groupScope != Scope.SENTENCE ? Scope.BLOCK : groupScope;
            skipAfterMarker(in, scope);
            Stop stop = collect(current, in, scope);
            trim(current);
            if (stop == Stop.OR) {
                continue;
            }
            if (stop == Stop.SCOPE_END && nextIsOr(in)) {
                skipWhitespace(in);
                in.poll();
                continue;
            }
            return alternatives;
        }
    }

    private Stop collect(List<Node> current, Deque<Node> in, Scope scope) {
        while (!in.isEmpty()) {
            Node node = in.peek();
            if (node instanceof Marker marker) {
                if (marker.kind() == Marker.Kind.OR) {
                    in.poll();
                    return Stop.OR;
                }
                return Stop.MARKER;
            }
            in.poll();
            if (!(node instanceof Text text)) {
                current.add(node);
                continue;
            }
            int end = scopeEnd(text.text(), scope, followedBySpaceOrEnd(in));
            if (end < 0) {
                current.add(text);
                continue;
            }
            if (end > 0) {
                current.add(Texts.slice(text, 0, end));
            }
            if (end < text.text().length()) {
                in.push(Texts.slice(text, end, text.text().length()));
            }
            return Stop.SCOPE_END;
        }
        return Stop.CONTAINER_END;
    }

    /** Where the scope ends in {@code s}: before a line break, after a sentence's end, before a blank line. */
    static int scopeEnd(String s, Scope scope, boolean followedBySpaceOrEnd) {
        switch (scope) {
            case LINE:
                return s.indexOf('\n');
            case BLOCK:
                int from = 0;
                while (true) {
                    int nl = s.indexOf('\n', from);
                    if (nl < 0) {
                        return -1;
                    }
                    int next = CodeRegions.lineEnd(s, nl + 1);
                    if (next < s.length() && s.substring(nl + 1, next).isBlank()) {
                        return nl;
                    }
                    from = nl + 1;
                }
            default:
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\n') {
                        return i;
                    }
                    if (c == '.' || c == '!' || c == '?') {
                        boolean last = i + 1 == s.length();
                        if (last ? followedBySpaceOrEnd : Character.isWhitespace(s.charAt(i + 1))) {
                            return i + 1;
                        }
                    }
                }
                return -1;
        }
    }

    private static boolean followedBySpaceOrEnd(Deque<Node> in) {
        Node next = in.peek();
        return next == null || next instanceof Marker
                || next instanceof Text t && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(0));
    }

    /** What follows a group and belongs to it: its line break, or the spaces after its sentence. */
    private static String takeSuffix(Deque<Node> in, Scope scope) {
        if (!(in.peek() instanceof Text text)) {
            return "";
        }
        String s = text.text();
        int n = 0;
        if (scope == Scope.SENTENCE) {
            while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\t')) {
                n++;
            }
        } else if (s.startsWith("\n")) {
            n = 1;
        }
        if (n == 0) {
            return "";
        }
        in.poll();
        if (n < s.length()) {
            in.push(Texts.slice(text, n, s.length()));
        }
        return s.substring(0, n);
    }

    /** A standalone {@code OR}: the block (or sentence) before it against the one after it. */
    private void standaloneOr(Marker marker, List<Node> out, Deque<Node> in, boolean startsAtLineStart) {
        boolean block = atLineStart(out, startsAtLineStart) && aloneOnLineAfterMarker(in);
        Scope scope = block ? Scope.BLOCK : Scope.SENTENCE;
        List<Node> before = takeBack(out, scope);
        trim(before);
        if (before.isEmpty()) {
            problems.error(marker.location(), "{==OR==} has nothing before it to choose against",
                    "start the alternatives with {==EITHER==}, or put the first alternative before the OR");
            return;
        }
        List<List<Node>> alternatives = new ArrayList<>();
        alternatives.add(before);
        alternatives.addAll(collectAlternatives(in, scope));
        String suffix = block ? "" : takeSuffix(in, scope);
        out.add(new Group(Marker.Kind.EITHER, "", Reading.BARE, block ? Scope.BLOCK : Scope.SENTENCE, alternatives,
                "", suffix, before.get(0).location()));
    }

    /** Removes from the end of {@code out} the block or sentence that stands before a standalone OR. */
    private static List<Node> takeBack(List<Node> out, Scope scope) {
        List<Node> taken = new ArrayList<>();
        boolean skippingTrailingSpace = true;
        while (!out.isEmpty()) {
            Node last = out.remove(out.size() - 1);
            if (!(last instanceof Text text)) {
                taken.add(0, last);
                skippingTrailingSpace = false;
                continue;
            }
            String s = text.text();
            int keep = skippingTrailingSpace ? s.stripTrailing().length() : s.length();
            int start = boundaryBefore(s, keep, scope);
            skippingTrailingSpace = skippingTrailingSpace && keep == 0;
            if (start < 0) {
                taken.add(0, Texts.slice(text, 0, keep));
                if (endsLine(out) && s.startsWith("\n")) {
                    break; // the line break before this text and the group's own make a blank line
                }
                continue;
            }
            out.add(Texts.slice(text, 0, start));
            taken.add(0, Texts.slice(text, start, keep));
            break;
        }
        return taken;
    }

    /** Whether the last node of {@code out} is a group that ends its line. */
    private static boolean endsLine(List<Node> out) {
        return !out.isEmpty() && out.get(out.size() - 1) instanceof Group group && group.suffix().endsWith("\n");
    }

    /** The start of the block or sentence that ends at {@code end}, or -1 if it starts earlier. */
    private static int boundaryBefore(String s, int end, Scope scope) {
        if (scope == Scope.BLOCK) {
            int blank = s.lastIndexOf("\n\n", end - 1);
            return blank < 0 ? -1 : blank + 2;
        }
        for (int i = end - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < end && Character.isWhitespace(s.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean atLineStart(List<Node> out, boolean startsAtLineStart) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof Group group) {
                return group.suffix().endsWith("\n");
            }
            if (!(out.get(i) instanceof Text text)) {
                return false;
            }
            String s = text.text();
            int nl = s.lastIndexOf('\n');
            if (!LINE_PREFIX.matcher(s.substring(nl + 1)).matches()) {
                return false;
            }
            if (nl >= 0) {
                return true;
            }
        }
        return startsAtLineStart;
    }

    /** Removes and returns the indent and list bullet before a marker at the start of a line. */
    private static String takeLinePrefix(List<Node> out) {
        if (out.isEmpty() || !(out.get(out.size() - 1) instanceof Text text)) {
            return "";
        }
        String s = text.text();
        int start = s.lastIndexOf('\n') + 1;
        out.remove(out.size() - 1);
        if (start > 0) {
            out.add(Texts.slice(text, 0, start));
        }
        return s.substring(start);
    }

    private static boolean aloneOnLineAfterMarker(Deque<Node> in) {
        Node next = in.peek();
        if (next == null) {
            return true;
        }
        if (!(next instanceof Text text)) {
            return false;
        }
        String s = text.text();
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '\n';
    }

    /** Drops the formatting after a marker: one space, or the line break of a marker alone on its line. */
    private static void skipAfterMarker(Deque<Node> in, Scope scope) {
        if (!(in.peek() instanceof Text text)) {
            return;
        }
        String s = text.text();
        int n = scope == Scope.BLOCK ? s.indexOf('\n') + 1 : (s.startsWith(" ") ? 1 : 0);
        if (n > 0) {
            in.poll();
            if (n < s.length()) {
                in.push(Texts.slice(text, n, s.length()));
            }
        }
    }

    private static boolean nextIsOr(Deque<Node> in) {
        for (Node node : in) {
            if (node instanceof Text text && text.text().isBlank()) {
                continue;
            }
            return node instanceof Marker marker && marker.kind() == Marker.Kind.OR;
        }
        return false;
    }

    private static void skipWhitespace(Deque<Node> in) {
        while (in.peek() instanceof Text text && text.text().isBlank()) {
            in.poll();
        }
    }

    /** Removes whitespace at both edges of an alternative: the text around it carries the spacing. */
    private static void trim(List<Node> nodes) {
        Texts.stripEdges(nodes);
    }
}

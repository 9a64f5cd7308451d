package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.template.Node.Text;
import java.util.ArrayList;
import java.util.List;

/** Small operations on runs of {@link Text} nodes that keep their locations right. */
final class Texts {

    private Texts() {
    }

    /** The part {@code [from, to)} of a text node, located where that part starts. */
    static Text slice(Text text, int from, int to) {
        return new Text(text.text().substring(from, to), text.location().advance(text.text(), from));
    }

    /** Joins adjacent text nodes and drops empty ones. */
    static List<Node> merge(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            if (node instanceof Text text) {
                if (text.text().isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text previous) {
                    out.set(out.size() - 1, new Text(previous.text() + text.text(), previous.location()));
                    continue;
                }
            }
            out.add(node);
        }
        return out;
    }

    /** Strips whitespace from the first and last text nodes of a list, in place. */
    static void stripEdges(List<Node> nodes) {
        while (!nodes.isEmpty() && nodes.get(0) instanceof Text first) {
            String s = first.text();
            String stripped = s.stripLeading();
            if (stripped.isEmpty()) {
                nodes.remove(0);
                continue;
            }
            nodes.set(0, slice(first, s.length() - stripped.length(), s.length()));
            break;
        }
        while (!nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof Text last) {
            String stripped = last.text().stripTrailing();
            if (stripped.isEmpty()) {
                nodes.remove(nodes.size() - 1);
                continue;
            }
            nodes.set(nodes.size() - 1, new Text(stripped, last.location()));
            break;
        }
    }

    /**
     * The nodes after the first {@code count} characters, which must all lie in text nodes (an
     * option keyword and its separator).
     */
    static List<Node> dropPrefix(List<Node> nodes, int count) {
        List<Node> out = new ArrayList<>();
        int left = count;
        for (Node node : nodes) {
            if (left > 0 && node instanceof Text text) {
                int cut = Math.min(left, text.text().length());
                left -= cut;
                if (cut < text.text().length()) {
                    out.add(slice(text, cut, text.text().length()));
                }
                continue;
            }
            out.add(node);
        }
        return out;
    }

    /**
     * Splits nodes at each single {@code |} in their top-level text ({@code a|b|c}); a list with
     * one element when there is none. Escaped pipes and {@code ||} do not split.
     */
    static List<List<Node>> splitAtSinglePipes(List<Node> nodes) {
        List<List<Node>> parts = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        parts.add(current);
        for (Node node : nodes) {
            if (!(node instanceof Text text)) {
                current.add(node);
                continue;
            }
            String s = text.text();
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                boolean single = s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '|' && s.charAt(i - 1) != '\\')
                        && (i + 1 == s.length() || s.charAt(i + 1) != '|');
                if (single) {
                    if (i > from) {
                        current.add(slice(text, from, i));
                    }
                    current = new ArrayList<>();
                    parts.add(current);
                    from = i + 1;
                }
            }
            if (from < s.length()) {
                current.add(slice(text, from, s.length()));
            }
        }
        return parts;
    }

    /** The text of a node list as the template writes it, markup included, for keys and messages. */
    static String source(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node node : nodes) {
            appendSource(sb, node);
        }
        return sb.toString();
    }

    private static void appendSource(StringBuilder sb, Node node) {
        if (node instanceof Text t) {
            sb.append(t.text());
        } else if (node instanceof Node.Toggle t) {
            sb.append('{').append(source(t.plural())).append("||").append(source(t.singular())).append('}');
        } else if (node instanceof Node.Slot s) {
            sb.append("{==").append(s.name()).append("==}");
        } else if (node instanceof Node.Choice c) {
            sb.append(c.source());
        } else if (node instanceof Node.Note n) {
            sb.append("{==").append(n.text()).append("==}");
        } else if (node instanceof Node.Editorial e) {
            sb.append("{==").append(source(e.content())).append("==}");
        } else if (node instanceof Node.Marker m) {
            sb.append(markerSource(m.kind(), m.label()));
        } else if (node instanceof Node.Group g && g.scope() == Node.Scope.OWN_TEXT) {
            sb.append(markerSource(g.kind(), g.label()));
        } else if (node instanceof Node.Group g) {
            sb.append(g.prefix()).append(markerSource(g.kind(), g.label())).append(' ');
            for (int i = 0; i < g.alternatives().size(); i++) {
                sb.append(i > 0 ? " {==OR==} " : "").append(source(g.alternatives().get(i)));
            }
            sb.append(g.suffix());
        } else if (node instanceof Node.Code c) {
            sb.append(c.written());
        } else if (node instanceof Node.Table t) {
            appendRow(sb, t.header());
            sb.append('\n');
            if (!t.alignments().isEmpty()) {
                sb.append("| ").append(String.join(" | ", t.alignments())).append(" |\n");
            }
            t.rows().forEach(row -> appendRow(sb, row).append('\n'));
            sb.setLength(sb.length() - 1);
        }
    }

    private static StringBuilder appendRow(StringBuilder sb, List<List<Node>> cells) {
        sb.append('|');
        for (List<Node> cell : cells) {
            sb.append(' ').append(source(cell)).append(" |");
        }
        return sb;
    }

    static String markerSource(Node.Marker.Kind kind, String label) {
        return "{==" + kind + (label.isEmpty() ? "" : " " + label) + "==}";
    }
}

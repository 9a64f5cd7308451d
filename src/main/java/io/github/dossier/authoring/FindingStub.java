package io.github.dossier.authoring;

import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.LibraryOrigin;
import io.github.dossier.template.Node;
import io.github.dossier.template.NodeText;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A new {@code findings:} entry for a template, as YAML text for the writer to complete: every
 * slot and choice as an empty value (the build fails until each is filled), every option and
 * alternative group with its choices in a comment, editorial defaults and notes as comments.
 */
public final class FindingStub {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+/|'-]*( [A-Za-z0-9_.+/|'-]+)*");
    private static final int SNIPPET = 60;

    private FindingStub() {
    }

    /**
     * The entry's lines, without line breaks, indented for a list item at {@code indent}.
     *
     * @param key the finding's key, or null to leave the default (the template id)
     */
    public static List<String> lines(Template template, LibraryOrigin origin, String key, String indent) {
        String in = indent + "  ";
        List<String> out = new ArrayList<>();
        out.add(indent + "# " + oneLine(template.titleText()) + " (from " + origin.label() + "), added by dossier:add:"
                + " fill in every empty value and option");
        for (String line : template.frontMatter().comment().strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(indent + "# " + line.strip());
            }
        }
        out.add(indent + "- template: " + scalar(template.id()));
        out.add(key == null ? in + "# key: " + scalar(template.id()) + "   # for @references; the id by default"
                : in + "key: " + scalar(key));
        out.add(in + "affected: []   # the affected systems, one per entry");
        frontMatter(template.frontMatter(), in, out);
        values(template, in, out);
        options(template, in, out);
        out.add(in + "# impact: " + levelText(template, Section.Kind.IMPACT) + "   # overrides the template's level");
        out.add(in + "# likelihood: " + levelText(template, Section.Kind.LIKELIHOOD));
        out.add(in + "# status: open   # open, fixed or accepted");
        return out;
    }

    private static void frontMatter(FrontMatter front, String in, List<String> out) {
        front.categoryField().filter(FrontMatter.Field::isSlot).ifPresent(f -> out.add(in + "category:   # one of: "
                + oneLine(f.slot())));
        front.cvssField().ifPresent(f -> {
            String text = f.text().strip();
            if (f.isSlot() || FrontMatter.isUndecided(text)) {
                out.add(in + "cvss:   # the template's score is " + oneLine(text) + "; give a score or vector");
            }
        });
    }

    private static void values(Template template, String in, List<String> out) {
        Map<String, String> filled = new LinkedHashMap<>();
        List<String> commented = new ArrayList<>();
        template.forEachNode(node -> {
            if (node instanceof Node.Slot slot) {
                filled.putIfAbsent(slot.name(), slot.block()
                        ? "block: text, {image: path, caption: …}, {file: path, lang: …} or a list" : "slot");
            } else if (node instanceof Node.Choice choice) {
                filled.putIfAbsent(choice.key(), "choose: " + String.join(" | ", choice.alternatives().stream()
                        .map(a -> oneLine(NodeText.source(a))).toList()) + " (the text or its number)");
            } else if (node instanceof Node.Editorial editorial && !filled.containsKey(editorial.key())) {
                commented.add(in + "  # " + scalar(editorial.key()) + ": \"\"   # editorial default, kept as written;"
                        + " give text to replace it, \"\" to drop it");
            } else if (node instanceof Node.Note note) {
                commented.add(in + "  # note: " + snippet(note.text()));
            }
        });
        if (filled.isEmpty() && commented.isEmpty()) {
            return;
        }
        // an empty values: would be an error, so with nothing to fill the header stays a comment
        out.add(in + (filled.isEmpty() ? "# values:" : "values:"));
        filled.forEach((name, what) -> out.add(in + "  " + scalar(name) + ":   # " + what));
        commented.stream().distinct().forEach(out::add);
    }

    private static void options(Template template, String in, List<String> out) {
        List<Node.Group> groups = template.groups();
        if (groups.isEmpty()) {
            return;
        }
        out.add(in + "options:");
        for (int i = 0; i < groups.size(); i++) {
            Node.Group group = groups.get(i);
            String label = group.label().isEmpty() ? "" : " (" + oneLine(group.label()) + ")";
            if (group.alternatives().size() == 1) {
                out.add(in + "  " + (i + 1) + ":   # option" + label + ": true keeps \""
                        + snippet(NodeText.source(group.alternatives().get(0))) + "\", false leaves it out");
                continue;
            }
            StringBuilder choices = new StringBuilder();
            for (int a = 0; a < group.alternatives().size(); a++) {
                choices.append(a == 0 ? "" : ", ").append(a + 1).append(" = \"")
                        .append(snippet(NodeText.source(group.alternatives().get(a)))).append('"');
            }
            out.add(in + "  " + (i + 1) + ":   # " + (group.isEither() ? "pick one" : "option, false or pick one")
                    + label + ": " + choices);
        }
    }

    private static String levelText(Template template, Section.Kind kind) {
        String text = template.section(kind).levelText();
        return text.isBlank() ? "Medium" : oneLine(text);
    }

    /** A YAML scalar: plain when safe, else double-quoted with escapes. */
    static String scalar(String text) {
        if (PLAIN_KEY.matcher(text).matches() && !text.equalsIgnoreCase("null") && !text.equals("~")
                && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            return text;
        }
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\x%02X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String snippet(String text) {
        String s = oneLine(text).replace("\"", "'");
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET - 1) + "…";
    }
}

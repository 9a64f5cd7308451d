package io.github.dossier.authoring;

import io.github.dossier.template.Decisions;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.LibraryOrigin;
import io.github.dossier.template.Node;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A new {@code findings:} entry for a template, as YAML text for the writer to complete. Every
 * decision the template needs (SPEC §1.4) is listed as a commented line holding an example
 * decision and a comment quoting the text it decides; nothing is left empty, so the stub builds
 * in draft mode as written, and a strict build lists exactly the lines still commented out.
 * Values and options the engagement already decides are not listed.
 */
public final class FindingStub {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+/|'-]*( [A-Za-z0-9_.+/|'-]+)*");
    private static final int SNIPPET = 70;

    /**
     * What the engagement already decides for every finding.
     *
     * @param values the engagement-wide value keys
     * @param optionLabels the labels {@code engagement.options} decides, in lower case
     */
    public record Decided(Set<String> values, Set<String> optionLabels) {
        public static final Decided NOTHING = new Decided(Set.of(), Set.of());
    }

    private FindingStub() {
    }

    /**
     * The entry's lines, without line breaks, indented for a list item at {@code indent}.
     *
     * @param key the finding's key, or null to leave the default (the template id)
     */
    public static List<String> lines(Template template, LibraryOrigin origin, String key, String indent,
            Decided decided) {
        String in = indent + "  ";
        Decisions d = Decisions.of(template);
        List<String> out = new ArrayList<>();
        out.add(indent + "# " + oneLine(template.titleText()) + " (from " + origin.label() + "), added by dossier:add."
                + " A commented line is a decision still open: uncomment and complete it.");
        for (String line : template.frontMatter().comment().strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(indent + "# " + line.strip());
            }
        }
        out.add(indent + "- template: " + scalar(template.id()));
        out.add(key == null ? in + "# key: " + scalar(template.id()) + "   # for @references; the id by default"
                : in + "key: " + scalar(key));
        out.add(in + "affected: []   # the affected systems, one per entry");
        frontMatter(template, in, out);
        section(in, "values", values(d, decided, in + "  "), out);
        section(in, "options", options(d, decided, in + "  "), out);
        section(in, "editorial", editorial(d, in + "  "), out);
        section(in, "tables", tables(d, in + "  "), out);
        template.forEachNode(node -> {
            if (node instanceof Node.Note note) {
                out.add(in + "# note for the writer (line " + note.location().line() + "): " + snippet(note.text()));
            }
        });
        out.add(in + "# impact: " + levelText(template, Section.Kind.IMPACT) + "   # overrides the template's level");
        out.add(in + "# likelihood: " + levelText(template, Section.Kind.LIKELIHOOD));
        out.add(in + "# status: open   # open, fixed or accepted");
        return out;
    }

    /** A mapping whose open entries are comments: empty, it reads as no entries, so it builds as written. */
    private static void section(String in, String name, List<String> entries, List<String> out) {
        if (!entries.isEmpty()) {
            out.add(in + name + ":");
            out.addAll(entries);
        }
    }

    private static void frontMatter(Template template, String in, List<String> out) {
        FrontMatter front = template.frontMatter();
        front.categoryField().filter(f -> f.isSlot() || FrontMatter.isUndecided(f.text())).ifPresent(f ->
                out.add(in + "# category: " + (f.isSlot() ? scalar(f.slot().split("/")[0]) : "NET")
                        + "   # the template's category is " + oneLine(f.text()) + ": give one"));
        front.cvssField().filter(f -> f.isSlot() || FrontMatter.isUndecided(f.text())).ifPresent(f ->
                out.add(in + "# cvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N   # the template's score is "
                        + oneLine(f.text()) + ": give a score or vector"));
    }

    private static List<String> values(Decisions d, Decided decided, String in) {
        List<String> lines = new ArrayList<>();
        for (Decisions.Slot slot : d.slots()) {
            if (decided.values().contains(slot.name())) {
                continue;
            }
            String example = slot.reference() ? "\"@finding-key\"" : slot.block() ? "\"…\"" : "\"…\"";
            String what = slot.reference() ? "a cross-reference: @ and the key of another finding"
                    : slot.block() ? "text, Markdown, {image: path, caption: …}, {file: path, lang: …} or a list"
                    : "text";
            lines.add(in + "# " + scalar(slot.name()) + ": " + example + "   # " + what + " (line "
                    + slot.location().line() + ")");
        }
        for (Decisions.Choice choice : d.choices()) {
            if (!decided.values().contains(choice.key())) {
                lines.add(in + "# " + scalar(choice.key()) + ": " + scalar(choice.alternatives().get(0))
                        + "   # choose " + snippet(String.join(" | ", choice.alternatives())) + ", by text or number");
            }
        }
        return lines;
    }

    private static List<String> options(Decisions d, Decided decided, String in) {
        List<String> lines = new ArrayList<>();
        for (Decisions.Option o : d.options()) {
            if (!o.label().isEmpty() && decided.optionLabels().contains(o.label().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String example;
            String what;
            if (o.either()) {
                example = "1";
                what = "pick one: " + numbered(o.quotes());
            } else if (o.reading() == Node.Reading.CONTENT_CHOICE) {
                example = "1";
                what = "keep one part, or false: " + numbered(o.quotes());
            } else if (o.quotes().size() > 1) {
                example = "1";
                what = "false, or pick one: " + numbered(o.quotes());
            } else {
                example = "true";
                what = "true keeps " + snippet(o.quotes().get(0)) + ", false leaves it out";
            }
            lines.add(in + "# " + o.number() + ": " + example + "   # " + o.description() + ": " + what);
        }
        return lines;
    }

    private static List<String> editorial(Decisions d, String in) {
        List<String> lines = new ArrayList<>();
        for (Decisions.Editorial e : d.editorials()) {
            lines.add(in + "# " + e.number() + ": " + (e.instruction() ? "drop" : "keep") + "   # "
                    + (e.instruction() ? "writer instruction " + snippet(e.quote()) + ": drop it or write the text"
                    + " to print" : "editorial text " + snippet(e.quote()) + ": keep, drop or the text to print"));
        }
        return lines;
    }

    private static List<String> tables(Decisions d, String in) {
        List<String> lines = new ArrayList<>();
        for (Decisions.Table t : d.tables()) {
            String row = "[" + String.join(", ", t.headers().stream().map(h -> "…").toList()) + "]";
            lines.add(in + "# " + t.number() + ": [" + row + "]   # " + (t.toFill() ? "rows to fill" : "rows to replace"
                    + " the example rows") + ", one list per row: " + snippet(String.join(" | ", t.headers())));
        }
        return lines;
    }

    private static String numbered(List<String> quotes) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            parts.add((i + 1) + " = " + snippet(quotes.get(i)));
        }
        return String.join(", ", parts);
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
                        sb.append(String.format(Locale.ROOT, "\\x%02X", c));
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

    /** One line for a comment, shortened. */
    private static String snippet(String text) {
        String s = oneLine(text);
        return s.length() <= SNIPPET ? s : s.substring(0, SNIPPET - 1) + "…";
    }
}

package io.github.dossier.render;

import io.github.dossier.engagement.EditorialChoice;
import io.github.dossier.engagement.OptionChoice;
import io.github.dossier.engagement.TableFill;
import io.github.dossier.engagement.Value;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.Node;
import io.github.dossier.template.Node.Context;
import io.github.dossier.template.NodeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves one finding's markup into Markdown (SPEC §3, §1.4): toggles by the affected count,
 * slots, choices and editorial texts by the finding's values then the engagement's, options by
 * the finding's decisions then the engagement's, tables by the rows given. Anything undecided is
 * an error in strict mode and stays visible, as CriticMarkup, in draft mode. Values are escaped,
 * so a value never becomes markup, in code too.
 */
public final class Resolver {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

    private final FindingInput in;
    private final OptionDecisions options;
    private final EditorialDecisions editorials;
    private final TableFills tables;
    private final ValueLookup values;
    private final BlockValues blocks;
    private Output out = new Output();
    /** A content option left out at a line's start takes the space after it with it. */
    private boolean dropNextSpace;
    /** Text was dropped after a space: a space or punctuation next makes that space one too many. */
    private boolean collapseSpace;
    /** A block value was written: the line after it starts a new block. */
    private boolean blankLineNext;
    /** While a draft shows text it leaves out, that text reports no problems of its own. */
    private int muted;
    /** Where each piece of the Markdown came from, for the spelling check; records nothing by default. */
    private SourceRecorder recorder = SourceRecorder.NONE;
    private int resolving;

    public Resolver(FindingInput in) {
        this.in = in;
        String id = in.template().id();
        this.options = new OptionDecisions(in.template().groups(), in.spec().options(), in.engagementOptions(), id,
                in.problems());
        this.editorials = new EditorialDecisions(in.template().editorials(), in.spec().editorial(), id,
                in.problems());
        this.tables = new TableFills(in.template().tables(), in.spec().tables(), id, in.problems());
        this.values = new ValueLookup(in.spec().values(), in.engagementValues());
        this.blocks = new BlockValues(in);
    }

    /** From now on, tells {@code recorder} where each piece of the Markdown came from (the spelling check). */
    public Resolver recordingTo(SourceRecorder recorder) {
        this.recorder = recorder;
        return this;
    }

    /** The Markdown of a node list. */
    public String resolve(List<Node> nodes) {
        Output previous = out;
        out = new Output();
        dropNextSpace = false;
        collapseSpace = false;
        blankLineNext = false;
        resolving++;
        emit(nodes);
        resolving--;
        String markdown = out.finish();
        out = previous;
        if (resolving == 0) {
            recorder.resolved(markdown, nodes);
        }
        return markdown;
    }

    /**
     * Whether what is written now lands in the Markdown as it is: not inside code (held until it
     * closes, then rewritten) nor in text captured to be rewritten (table cells, struck drafts).
     */
    private boolean recording() {
        return resolving == 1 && !out.capturing();
    }

    private void emit(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Node.Text text) {
                text(text);
            } else if (node instanceof Node.Toggle toggle) {
                emit(in.plural() ? toggle.plural() : toggle.singular());
            } else if (node instanceof Node.Slot slot) {
                slot(slot);
            } else if (node instanceof Node.Choice choice) {
                choice(choice);
            } else if (node instanceof Node.Note note) {
                note(note);
            } else if (node instanceof Node.Editorial editorial) {
                editorial(editorial);
            } else if (node instanceof Node.Group group) {
                group(group);
            } else if (node instanceof Node.Table table) {
                table(table);
            } else if (node instanceof Node.Code code) {
                out.code(code);
            } else {
                throw new IllegalStateException("unexpected node " + node);
            }
        }
    }

    private void text(Node.Text node) {
        String s = node.text();
        if (s.isEmpty()) {
            return;
        }
        String text = s;
        int skipped = 0;
        if (dropNextSpace && (text.charAt(0) == ' ' || text.charAt(0) == '\t')) {
            text = text.substring(1);
            skipped = 1;
        }
        if (collapseSpace && !text.isEmpty() && " \t.,;:!?)".indexOf(text.charAt(0)) >= 0) {
            StringBuilder sb = out.current();
            sb.setLength(sb.length() - 1);
        }
        collapseSpace = false;
        int added = 0;
        if (blankLineNext && text.startsWith("\n") && !text.startsWith("\n\n") && text.length() > 1
                && !text.substring(1).isBlank()) {
            text = "\n" + text;
            added = 1;
        }
        dropNextSpace = false;
        blankLineNext = false;
        int start = out.current().length();
        out.append(text);
        if (recording()) {
            recorder.text(start + added, out.current().length(), node, skipped);
        }
    }

    /** Writes a value with {@code write}, telling the recorder where it stands. */
    private void value(Value value, Runnable write) {
        int start = out.current().length();
        write.run();
        if (recording()) {
            recorder.value(start, out.current().length(), value);
        } else {
            recorder.rewritten(value);
        }
    }

    private void note(Node.Note note) {
        if (muted == 0) {
            in.problems().note(note.location(), "note for the writer of finding '" + in.key() + "': " + note.text());
        }
    }

    private void slot(Node.Slot slot) {
        Optional<Value> value = values.slot(slot.name());
        if (value.isEmpty()) {
            String hint = slot.name().startsWith("XREF")
                    ? "give it a cross-reference: '" + slot.name() + ": \"@finding-key\"' (or a text holding {@key})"
                    : "add '" + slot.name() + ": …' to the finding's values or the engagement's values";
            unresolved(slot.location(), "no value for " + (slot.name().startsWith("XREF") ? "the cross-reference "
                    : "") + "{==" + slot.name() + "==}", hint
                    + values.nearSlot(slot.name()).map(k -> " (did you mean '" + k + "'?)").orElse(""));
            out.append(DraftMarks.highlight(slot.name()));
            return;
        }
        if (value.get() instanceof Value.Rejected) {
            return; // the descriptor's error already names it
        }
        boolean block = slot.block() && slot.context() == Context.TEXT && isBlock(value.get());
        if (block) {
            separateFromLineAbove();
        }
        value(value.get(), () -> blocks.emit(slot, value.get(), out.current()));
        blankLineNext = block;
    }

    /** Images, files, lists and Markdown of several lines stand as blocks of their own. */
    private static boolean isBlock(Value value) {
        return value instanceof Value.Image || value instanceof Value.File || value instanceof Value.Bullets
                || value instanceof Value.Text t && t.text().strip().contains("\n");
    }

    /** A block under a line of text starts a new paragraph: a blank line goes before the line's indent. */
    private void separateFromLineAbove() {
        StringBuilder sb = out.current();
        int lineStart = sb.lastIndexOf("\n") + 1;
        if (lineStart == 0 || !sb.substring(lineStart).isBlank()) {
            return;
        }
        int previousStart = sb.lastIndexOf("\n", lineStart - 2) + 1;
        if (!sb.substring(previousStart, lineStart - 1).isBlank()) {
            sb.insert(lineStart, '\n');
        }
    }

    private void choice(Node.Choice choice) {
        Optional<Value> value = values.choice(choice.key());
        if (value.isEmpty()) {
            unresolved(choice.location(), "no value for the choice " + choice.source(),
                    "add '" + choice.key() + ": <alternative>' (its text or 1–" + choice.alternatives().size()
                            + ") to the finding's values");
            out.append(choice.source());
            return;
        }
        if (value.get() instanceof Value.Rejected) {
            return;
        }
        int index = pick(choice, value.get());
        if (index < 0) {
            out.append(choice.source());
            return;
        }
        List<Node> alternative = choice.alternatives().get(index);
        String written = value.get() instanceof Value.Text t ? t.text().strip() : "";
        boolean plain = alternative.stream().allMatch(Node.Text.class::isInstance);
        if (plain && !NUMBER.matcher(written).matches() && !NodeText.source(alternative).strip().equals(written)) {
            // the value names the alternative in other letter case: print it as the writer wrote it
            value(value.get(), () -> blocks.emitInline(value.get(), choice.context(), choice.location(),
                    out.current()));
            return;
        }
        emit(alternative);
    }

    /** The 0-based alternative a value names by text or 1-based number, or -1 after an error. */
    private int pick(Node.Choice choice, Value value) {
        List<String> names = new ArrayList<>();
        choice.alternatives().forEach(a -> names.add(NodeText.source(a).strip()));
        String text = value instanceof Value.Text t ? t.text().strip() : "";
        int index = indexOf(names, text);
        if (index >= 0) {
            return index;
        }
        in.problems().error(value.location(), "'" + text + "' names no alternative of " + choice.source()
                + " (finding '" + in.key() + "')", "choose " + String.join(", ", names) + " or 1–" + names.size()
                + Suggestions.nearest(text, names).map(s -> "; did you mean '" + s + "'?").orElse(""));
        return -1;
    }

    /** The 0-based index {@code text} names by 1-based number or by text (any case), or -1. */
    private static int indexOf(List<String> names, String text) {
        if (NUMBER.matcher(text).matches()) {
            int n = Integer.parseInt(text);
            return n >= 1 && n <= names.size() ? n - 1 : -1;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(text)) {
                return i;
            }
        }
        return -1;
    }

    private void editorial(Node.Editorial editorial) {
        Optional<Value> value = values.editorial(editorial.key());
        if (value.isPresent()) {
            if (value.get() instanceof Value.Text t && t.text().isEmpty()) {
                dropped();
            } else if (!(value.get() instanceof Value.Rejected)) {
                value(value.get(), () -> blocks.emitInline(value.get(), editorial.context(), editorial.location(),
                        out.current()));
            }
            return;
        }
        int number = editorials.numberOf(editorial);
        EditorialChoice decision = editorials.decisionFor(editorial);
        String what = (editorial.instruction() ? "writer instruction " : "editorial text ") + number + " "
                + NodeText.quote(editorial.content());
        if (decision != null) {
            switch (decision.action()) {
                case DROP -> dropped();
                case REPLACE -> value(decision.replacement(), () -> blocks.emitInline(decision.replacement(),
                        editorial.context(), editorial.location(), out.current()));
                default -> keep(editorial, decision, what);
            }
            return;
        }
        String decide = "decide it in the finding: 'editorial: {" + number + ": drop}' or {" + number
                + ": \"the text to print\"}";
        if (editorial.instruction()) {
            unresolved(editorial.location(), what + " is addressed to the writer and never printed as written",
                    decide);
            out.append(DraftMarks.highlight(out.capture(o -> emit(editorial.content()))));
            return;
        }
        if (in.settings().editorialFails()) {
            in.problems().error(editorial.location(), what + " needs a decision (finding '" + in.key() + "')",
                    decide + ", or {" + number + ": keep}; or build without -Ddossier.editorial=fail");
        } else if (muted == 0) {
            in.problems().warning(editorial.location(), what + " printed as the template suggests (finding '"
                    + in.key() + "')", "review it: 'editorial: {" + number + ": keep}' to confirm, drop, or"
                    + " \"the text to print\"");
        }
        emit(editorial.content());
    }

    /** Dropped text between two spaces leaves one of them. */
    private void dropped() {
        StringBuilder sb = out.current();
        collapseSpace = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
    }

    private void keep(Node.Editorial editorial, EditorialChoice decision, String what) {
        if (editorial.instruction()) {
            in.problems().error(decision.location(), what + " is addressed to the writer and cannot be kept as"
                    + " written (finding '" + in.key() + "')", "write the text to print instead, or drop it");
            return;
        }
        emit(editorial.content());
    }

    private void group(Node.Group group) {
        OptionChoice decision = options.decisionFor(group);
        if (decision == null) {
            undecided(group);
            return;
        }
        int keep = kept(group, decision);
        if (keep >= 0) {
            out.append(group.prefix());
            emit(group.alternatives().get(keep));
            out.append(group.suffix());
        } else if (group.scope() == Node.Scope.OWN_TEXT) {
            dropAdjacentSpace();
        }
    }

    /** The 0-based alternative a decision keeps, or -1 to leave the group out (after any error). */
    private int kept(Node.Group group, OptionChoice decision) {
        int count = group.alternatives().size();
        String what = options.describe(group);
        boolean parts = group.reading() == Node.Reading.CONTENT_CHOICE;
        if (decision.text() != null && !parts) {
            in.problems().error(decision.location(), "'" + decision.text() + "' does not decide " + what
                    + " (finding '" + in.key() + "')", group.isEither() || count > 1
                    ? "write the number of the alternative to keep, 1 to " + count
                    : "write true to keep it or false to leave it out");
            return -1;
        }
        if (decision.text() != null) {
            int index = indexOf(group.alternatives().stream().map(a -> NodeText.source(a).strip()).toList(),
                    decision.text());
            if (index < 0) {
                in.problems().error(decision.location(), what + " has no part '" + decision.text() + "' (finding '"
                        + in.key() + "')", "choose " + partNames(group) + " or 1–" + count);
            }
            return index;
        }
        if (decision.alternative() > 0) {
            if (decision.alternative() <= count) {
                return decision.alternative() - 1;
            }
            in.problems().error(decision.location(), what + " has " + count + (parts ? " part" : " alternative")
                    + (count == 1 ? "" : "s") + ", not " + decision.alternative(), "pick a number from 1 to " + count);
            return -1;
        }
        if (!decision.include()) {
            if (group.isEither()) {
                in.problems().error(decision.location(), what + " must keep one alternative; false leaves none",
                        "write the number of the alternative to keep, 1 to " + count);
            }
            return -1;
        }
        if (count == 1) {
            return 0;
        }
        in.problems().error(decision.location(), what + " has " + count + (parts ? " parts" : " alternatives")
                + "; true does not pick one", "write the number of the one to keep, 1 to " + count
                + (parts ? ", or its text" : ""));
        return -1;
    }

    private static String partNames(Node.Group group) {
        return String.join(", ", group.alternatives().stream().map(a -> NodeText.source(a).strip()).toList());
    }

    /** A content option left out takes one adjacent space with it: the one before it, else the one after. */
    private void dropAdjacentSpace() {
        StringBuilder sb = out.current();
        int last = sb.length() - 1;
        if (last >= 0 && (sb.charAt(last) == ' ' || sb.charAt(last) == '\t')) {
            sb.setLength(last);
        } else {
            dropNextSpace = true;
        }
    }

    /** Strict: an error that quotes the covered text. Draft: the group shown with its number, left-out text struck. */
    private void undecided(Node.Group group) {
        int number = options.numberOf(group);
        String what = options.describe(group);
        List<String> quoted = group.alternatives().stream().map(NodeText::quote).toList();
        if (group.isEither()) {
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < quoted.size(); i++) {
                numbered.add((i + 1) + ": " + quoted.get(i));
            }
            unresolved(group.location(), what + " must pick one of " + quoted.size() + " alternatives, "
                    + String.join(" or ", numbered), "add 'options: {" + number + ": <1–" + quoted.size()
                    + ">}' to the finding");
        } else if (group.reading() == Node.Reading.CONTENT_CHOICE) {
            unresolved(group.location(), what + " is not decided: " + String.join(" | ", quoted),
                    "add 'options: {" + number + ": <1–" + quoted.size() + " or the part's text>}' to keep one part,"
                            + " or {" + number + ": false} to leave it out");
        } else {
            String label = group.hasLabel() ? " (by label: {" + group.label() + ": true}, or for every finding"
                    + " under engagement.options)" : "";
            unresolved(group.location(), what + " is not decided: it covers " + String.join(" or ", quoted),
                    "add 'options: {" + number + ": true}' to keep it or {" + number + ": false} to leave it out"
                            + label);
        }
        if (in.settings().draft()) {
            showUndecided(group, number);
        }
    }

    private void showUndecided(Node.Group group, int number) {
        String marker = DraftMarks.highlight((group.isEither() ? "EITHER " : "OPTION ") + number
                + (group.hasLabel() ? ": " + group.label() : ""));
        muted++;
        List<String> shown = new ArrayList<>();
        for (List<Node> alternative : group.alternatives()) {
            String text = out.capture(o -> emit(alternative));
            shown.add(group.isEither() ? text : DraftMarks.strike(text));
        }
        muted--;
        boolean block = group.scope() == Node.Scope.BLOCK;
        out.append(group.prefix()).append(marker).append(block ? "\n" : group.scope() == Node.Scope.OWN_TEXT ? "" : " ")
                .append(String.join(block ? "\n" + DraftMarks.highlight("OR") + "\n"
                        : " " + DraftMarks.highlight("OR") + " ", shown))
                .append(group.suffix());
    }

    private void table(Node.Table table) {
        int number = tables.numberOf(table);
        List<String> header = table.header().stream().map(this::cell).toList();
        List<List<String>> rows = new ArrayList<>();
        TableFill fill = tables.fillFor(table);
        if (fill != null) {
            List<String> headerTexts = table.header().stream().map(TableFills::headerText).toList();
            for (TableFill.Row row : fill.rows()) {
                rows.add(TableFills.cells(row, headerTexts, number, in.key(), in.problems()).stream()
                        .map(v -> v == null ? "" : out.capture(o -> value(v, () -> blocks.emitInline(v, Context.TEXT,
                                v.location(), o.current()))))
                        .map(Resolver::cellText).toList());
            }
        } else {
            if (table.toFill()) {
                unresolved(table.location(), "table " + number + " has rows to fill (" + String.join(" | ", header)
                        + ")", "give them in the finding: 'tables: {" + number + ": [[…], […]]}', one list of cells"
                        + " per row, or one mapping by header per row");
            }
            table.rows().forEach(row -> rows.add(row.stream().map(this::cell).toList()));
        }
        writeTable(table, header, rows);
    }

    private String cell(List<Node> nodes) {
        return cellText(out.capture(o -> emit(nodes)));
    }

    /** A cell is one line, and a pipe in it must not end it. */
    private static String cellText(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ").replaceAll("(?<!\\\\)\\|", "\\\\|");
    }

    private void writeTable(Node.Table table, List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n");
        List<String> alignments = table.alignments().size() == header.size() ? table.alignments()
                : header.stream().map(h -> "---").toList();
        sb.append("| ").append(String.join(" | ", alignments)).append(" |");
        for (List<String> row : rows) {
            sb.append("\n| ").append(String.join(" | ", row)).append(" |");
        }
        out.append(sb.toString());
    }

    /** Strict: an error. Draft: a warning, and the caller keeps the markup visible. Muted: nothing. */
    private void unresolved(Location location, String message, String hint) {
        if (muted > 0) {
            return;
        }
        String full = message + " (finding '" + in.key() + "')";
        if (in.settings().draft()) {
            in.problems().warning(location, "unresolved: " + full, hint);
        } else {
            in.problems().error(location, full, hint);
        }
    }

    /** Empty, or a TBA-style marker. */
    private static boolean undecided(String text) {
        return text.isBlank() || FrontMatter.isUndecided(text);
    }

    /**
     * Resolves {@code category} or {@code cvss}: the finding's override, else the front matter's
     * value, whose slot resolves like the body. {@code TBA}, {@code TBC} and {@code TODO} mean
     * "not yet decided" and are unresolved. Returns empty when there is no value at all.
     *
     * @param override the descriptor's value, or null
     * @param field the front matter's value, or null
     * @param name {@code category} or {@code cvss}
     */
    public Optional<String> frontField(String override, FrontMatter.Field field, String name) {
        if (override != null && !undecided(override)) {
            return Optional.of(override.strip());
        }
        if (override != null) {
            unresolved(in.spec().locationOf(name), name + " is not decided yet ('" + override.strip() + "')",
                    "give the finding's '" + name + ":' a real value");
            return Optional.of(override.strip());
        }
        if (field == null) {
            return Optional.empty();
        }
        String text = field.text();
        if (field.isSlot()) {
            Optional<Value> value = values.slot(field.slot());
            if (value.isPresent() && value.get() instanceof Value.Text t) {
                return Optional.of(t.text().strip());
            }
            if (value.isPresent() && value.get() instanceof Value.Rejected) {
                return Optional.of("");
            }
        } else if (!undecided(text)) {
            return Optional.of(text);
        }
        unresolved(field.location(), name + " is not decided yet ('" + text + "')",
                "set '" + name + ":' on the finding in the descriptor");
        return Optional.of(text);
    }
}

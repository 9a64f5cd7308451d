package io.github.dossier.render;

import io.github.dossier.engagement.OptionChoice;
import io.github.dossier.engagement.Value;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves one finding's markup into Markdown (SPEC §3): toggles by the affected count, slots,
 * choices and editorial texts by the finding's values then the engagement's, options by the
 * finding's decisions. Unresolved markup is an error in strict mode and stays visible, as
 * CriticMarkup, in draft mode. Values are escaped, so a value never becomes markup.
 */
public final class Resolver {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,9}");

    private final FindingInput in;
    private final OptionDecisions options;
    private final ValueLookup values;
    private final BlockValues blocks;
    private SourceRecorder recorder = SourceRecorder.NONE;

    public Resolver(FindingInput in) {
        this.in = in;
        this.options = new OptionDecisions(in.template().groups(), in.spec().options(), in.template().id(),
                in.problems());
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
        StringBuilder sb = new StringBuilder();
        emit(nodes, sb);
        String markdown = sb.toString();
        recorder.resolved(markdown);
        return markdown;
    }

    private void emit(List<Node> nodes, StringBuilder sb) {
        for (Node node : nodes) {
            if (node instanceof Node.Text text) {
                int start = sb.length();
                sb.append(text.text());
                recorder.text(start, sb.length(), text);
            } else if (node instanceof Node.Toggle toggle) {
                emit(in.plural() ? toggle.plural() : toggle.singular(), sb);
            } else if (node instanceof Node.Slot slot) {
                slot(slot, sb);
            } else if (node instanceof Node.Choice choice) {
                choice(choice, sb);
            } else if (node instanceof Node.Note note) {
                in.problems().note(note.location(), "note for the writer of finding '" + in.key() + "': "
                        + note.text());
            } else if (node instanceof Node.Editorial editorial) {
                editorial(editorial, sb);
            } else if (node instanceof Node.Group group) {
                group(group, sb);
            } else {
                throw new IllegalStateException("unexpected node " + node);
            }
        }
    }

    private void slot(Node.Slot slot, StringBuilder sb) {
        Optional<Value> value = values.slot(slot.name());
        if (value.isEmpty()) {
            unresolved(slot.location(), "no value for {==" + slot.name() + "==}",
                    "add '" + slot.name() + ": …' to the finding's values or the engagement's values"
                            + values.nearSlot(slot.name()).map(k -> " (did you mean '" + k + "'?)").orElse(""));
            sb.append("{==").append(slot.name()).append("==}");
            return;
        }
        if (value.get() instanceof Value.Rejected) {
            return; // the descriptor's error already names it
        }
        int start = sb.length();
        blocks.emit(slot, value.get(), sb);
        recorder.value(start, sb.length(), value.get());
    }

    private void choice(Node.Choice choice, StringBuilder sb) {
        Optional<Value> value = values.choice(choice.key());
        if (value.isEmpty()) {
            unresolved(choice.location(), "no value for the choice " + choice.source(),
                    "add '" + choice.key() + ": <alternative>' (its text or 1–" + choice.alternatives().size()
                            + ") to the finding's values");
            sb.append(choice.source());
            return;
        }
        if (value.get() instanceof Value.Rejected) {
            return;
        }
        int index = pick(choice, value.get());
        if (index < 0) {
            sb.append(choice.source());
            return;
        }
        emit(choice.alternatives().get(index), sb);
    }

    /** The 0-based alternative a value names by text or 1-based number, or -1 after an error. */
    private int pick(Node.Choice choice, Value value) {
        List<String> names = new ArrayList<>();
        choice.alternatives().forEach(a -> names.add(io.github.dossier.template.NodeText.source(a).strip()));
        String text = value instanceof Value.Text t ? t.text().strip() : "";
        if (NUMBER.matcher(text).matches()) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= names.size()) {
                return n - 1;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(text)) {
                return i;
            }
        }
        in.problems().error(value.location(), "'" + text + "' names no alternative of " + choice.source()
                + " (finding '" + in.key() + "')", "choose " + String.join(", ", names) + " or 1–" + names.size()
                + Suggestions.nearest(text, names).map(s -> "; did you mean '" + s + "'?").orElse(""));
        return -1;
    }

    private void editorial(Node.Editorial editorial, StringBuilder sb) {
        Optional<Value> value = values.editorial(editorial.key());
        if (value.isPresent() && value.get() instanceof Value.Rejected) {
            return;
        }
        if (value.isPresent()) {
            int start = sb.length();
            blocks.emitInline(value.get(), editorial.context(), editorial.location(), sb);
            recorder.value(start, sb.length(), value.get());
            return;
        }
        if (in.settings().editorialFails()) {
            in.problems().error(editorial.location(), "editorial text needs a decision: '" + editorial.key() + "'",
                    "give it a value in the finding's values (\"\" drops it), or build without"
                            + " -Ddossier.editorial=fail");
        } else {
            in.problems().note(editorial.location(), "editorial text kept for review in finding '" + in.key()
                    + "': '" + editorial.key() + "'");
        }
        emit(editorial.content(), sb);
    }

    private void group(Node.Group group, StringBuilder sb) {
        OptionChoice decision = options.decisionFor(group);
        int keep = keptAlternative(group, decision);
        if (keep == -2) {
            emitVisibly(group, sb);
        } else if (keep >= 0) {
            sb.append(group.prefix());
            emit(group.alternatives().get(keep), sb);
            sb.append(group.suffix());
        }
    }

    /** The 0-based alternative kept, -1 to leave the group out, -2 when undecided (draft shows it). */
    private int keptAlternative(Node.Group group, OptionChoice decision) {
        int count = group.alternatives().size();
        String what = options.describe(group);
        if (decision == null) {
            if (!group.isEither()) {
                return -1;
            }
            unresolved(group.location(), what + " must pick one of " + count + " alternatives",
                    "add 'options: {" + options.numberOf(group) + ": <1–" + count + ">}' to the finding");
            return -2;
        }
        if (decision.alternative() > 0) {
            if (decision.alternative() <= count) {
                return decision.alternative() - 1;
            }
            in.problems().error(decision.location(), what + " has " + count + " alternative" + (count == 1 ? "" : "s")
                    + ", not " + decision.alternative(), "pick a number from 1 to " + count);
            return -1;
        }
        if (!decision.include()) {
            return group.isEither() ? rejectFalse(group, decision, what) : -1;
        }
        if (count == 1) {
            return 0;
        }
        in.problems().error(decision.location(), what + " has " + count + " alternatives; true does not pick one",
                "write the number of the alternative to keep, 1 to " + count);
        return -1;
    }

    private int rejectFalse(Node.Group group, OptionChoice decision, String what) {
        in.problems().error(decision.location(), what + " must keep one alternative; false leaves none",
                "write the number of the alternative to keep, 1 to " + group.alternatives().size());
        return -1;
    }

    private void emitVisibly(Node.Group group, StringBuilder sb) {
        sb.append(group.prefix()).append("{==").append(group.kind()).append("==} ");
        for (int i = 0; i < group.alternatives().size(); i++) {
            if (i > 0) {
                sb.append(" {==OR==} ");
            }
            emit(group.alternatives().get(i), sb);
        }
        sb.append(group.suffix());
    }

    /** Empty, or a TBA-style marker. */
    private static boolean undecided(String text) {
        return text.isBlank() || FrontMatter.isUndecided(text);
    }

    /** Strict: an error. Draft: a warning, and the caller keeps the markup visible. */
    private void unresolved(Location location, String message, String hint) {
        String full = message + " (finding '" + in.key() + "')";
        if (in.settings().draft()) {
            in.problems().warning(location, "unresolved: " + full, hint);
        } else {
            in.problems().error(location, full, hint);
        }
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

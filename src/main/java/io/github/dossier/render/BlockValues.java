package io.github.dossier.render;

import io.github.dossier.engagement.Value;
import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import io.github.dossier.template.Node;
import io.github.dossier.template.Node.Context;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a value where a slot stands. Inline, a value is literal text (escaped in running text,
 * verbatim in code). A block slot (alone on its line) also takes Markdown text, an image, a file
 * shown as a code block, or a bullet list. {@code @key} is a cross-reference.
 */
final class BlockValues {

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("@[A-Za-z0-9][A-Za-z0-9_./-]*");
    /** A cross-reference inside a text value: {@code see {@sqli}}. */
    private static final java.util.regex.Pattern INNER_REFERENCE =
            java.util.regex.Pattern.compile("\\{@([A-Za-z0-9][A-Za-z0-9_./-]*)\\}");
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

    private final FindingInput in;

    BlockValues(FindingInput in) {
        this.in = in;
    }

    void emit(Node.Slot slot, Value value, StringBuilder sb) {
        boolean block = slot.block() && slot.context() == Context.TEXT;
        if (value instanceof Value.Text text && block && !isReference(text.text())) {
            // a block value is Markdown, but it must not forge the draft marks of unresolved markup
            withReferences(text.text().strip(), Context.TEXT, text.location(), sb,
                    part -> part.replace("{==", "\\{=="));
        } else if (value instanceof Value.Image image) {
            image(slot, image, block, sb);
        } else if (value instanceof Value.File file) {
            file(slot, file, block, sb);
        } else if (value instanceof Value.Bullets list && block) {
            list.items().forEach(item -> sb.append(sb.length() > 0 && !endsWithNewline(sb) ? "\n" : "")
                    .append("- ").append(MarkdownEscaper.escape(item)));
        } else {
            emitInline(value, slot.context(), slot.location(), sb);
        }
    }

    /** A value in running text or code: text, a list joined by commas, or a cross-reference. */
    void emitInline(Value value, Context context, Location where, StringBuilder sb) {
        String text;
        if (value instanceof Value.Text t) {
            text = t.text();
        } else if (value instanceof Value.Bullets list) {
            text = String.join(context == Context.CODE_BLOCK ? "\n" : ", ", list.items());
        } else {
            problems().error(value.location(), article(value.kind()) + " value cannot stand inside a line (finding '"
                    + in.key() + "', used at " + where + ")", "put the slot alone on its own line in the template,"
                    + " or give a text value");
            return;
        }
        if (isReference(text)) {
            reference(text.strip().substring(1), value.location(), context, sb);
            return;
        }
        if (text.startsWith("\\@")) {
            text = text.substring(1);
        }
        withReferences(text, context, value.location(), sb, switch (context) {
            case CODE_BLOCK -> part -> part;
            case CODE_SPAN -> part -> part.replace('\n', ' ');
            default -> MarkdownEscaper::escape;
        });
    }

    /** Writes {@code text} through {@code literal}, with each {@code {@key}} in it as a cross-reference. */
    private void withReferences(String text, Context context, Location location, StringBuilder sb,
            java.util.function.UnaryOperator<String> literal) {
        java.util.regex.Matcher m = INNER_REFERENCE.matcher(text);
        int from = 0;
        while (m.find()) {
            sb.append(literal.apply(text.substring(from, m.start())));
            reference(m.group(1), location, context, sb);
            from = m.end();
        }
        sb.append(literal.apply(text.substring(from)));
    }

    private static boolean isReference(String text) {
        return REFERENCE.matcher(text.strip()).matches();
    }

    private void reference(String key, Location location, Context context, StringBuilder sb) {
        CrossReference target = in.references().get(key);
        if (target == null) {
            problems().error(location, "@" + key + " refers to no finding (finding '" + in.key() + "')",
                    Suggestions.didYouMean(key, in.references().keySet(), "use the key of a finding in this report")
                            + "; write \\@ for a literal @");
            sb.append('@').append(key);
            return;
        }
        if (context == Context.TEXT) {
            sb.append('[').append(MarkdownEscaper.escape(target.text())).append("](#").append(target.anchor())
                    .append(')');
        } else {
            sb.append(target.text());
        }
    }

    private void image(Node.Slot slot, Value.Image image, boolean block, StringBuilder sb) {
        if (!block) {
            misplaced(slot, image);
            return;
        }
        String extension = extension(image.path());
        if (!IMAGE_TYPES.contains(extension)) {
            problems().error(image.location(), "evidence image '" + image.path() + "' is not PNG, JPEG, GIF, SVG or"
                    + " WebP", "convert it to PNG");
            return;
        }
        if (!exists(image.resolved().toString(), image.path(), image.location(), slot, sb)
                || tooLarge(image.resolved(), image.path(), image.location())) {
            return;
        }
        String name = in.evidence().register(image.resolved(), image.path());
        // alone in its paragraph, the image is a figure: the outputs number it and show the caption under it
        String caption = image.caption() == null ? "" : image.caption().strip().replaceAll("\\s+", " ");
        sb.append("![").append(MarkdownEscaper.escape(caption)).append("](<").append(name).append(">)");
    }

    private void file(Node.Slot slot, Value.File file, boolean block, StringBuilder sb) {
        if (!block && slot.context() != Context.CODE_BLOCK) {
            misplaced(slot, file);
            return;
        }
        if (!exists(file.resolved().toString(), file.path(), file.location(), slot, sb)) {
            return;
        }
        Optional<String> content = TextFiles.read(file.resolved(), file.path(), in.settings().maxEvidenceBytes(),
                problems());
        if (content.isEmpty()) {
            return;
        }
        String body = content.get().endsWith("\n") ? content.get() : content.get() + "\n";
        if (slot.context() == Context.CODE_BLOCK) {
            sb.append(body.stripTrailing());
            return;
        }
        String fence = MarkdownEscaper.fenceFor(body);
        String lang = file.lang() == null ? "" : file.lang().strip().replaceAll("[^A-Za-z0-9_+.#-]", "");
        sb.append(fence).append(lang).append('\n').append(body).append(fence);
    }

    private boolean exists(String resolved, String written, Location location, Node.Slot slot, StringBuilder sb) {
        if (Files.isRegularFile(java.nio.file.Path.of(resolved))) {
            return true;
        }
        String message = "evidence file not found: " + written + " (finding '" + in.key() + "')";
        String hint = "add the file, or fix the path (relative to the descriptor's folder)";
        if (in.settings().draft()) {
            problems().warning(location, "unresolved: " + message, hint);
            sb.append("{==").append(slot.name()).append("==}");
        } else {
            problems().error(location, message, hint);
        }
        return false;
    }

    /** Images are embedded whole in the HTML, PDF and Word files: refuse one over the limit. */
    private boolean tooLarge(java.nio.file.Path file, String written, Location location) {
        try {
            long size = Files.size(file);
            if (size <= in.settings().maxEvidenceBytes()) {
                return false;
            }
            problems().error(location, "evidence image '" + written + "' is " + size + " bytes, over the limit of "
                    + in.settings().maxEvidenceBytes() + " (finding '" + in.key() + "')",
                    "make the screenshot smaller, or raise <maxEvidenceSize>/-Ddossier.maxEvidenceSize");
        } catch (java.io.IOException e) {
            problems().error(location, "cannot read evidence image '" + written + "': " + TextFiles.describe(e),
                    "check that the file is readable");
        }
        return true;
    }

    private void misplaced(Node.Slot slot, Value value) {
        problems().error(value.location(), article(value.kind()) + " value needs a slot alone on its line, but {=="
                + slot.name() + "==} at " + slot.location() + " is inside a line (finding '" + in.key() + "')",
                "give a text value, or put the slot on a line of its own in the template");
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static boolean endsWithNewline(StringBuilder sb) {
        return sb.charAt(sb.length() - 1) == '\n';
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private Problems problems() {
        return in.problems();
    }
}

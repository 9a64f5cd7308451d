package io.github.dossier.render;

import io.github.dossier.template.CodeFence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a draft shows what is still open: CriticMarkup highlights ({@code {==…==}}, shown as marked
 * text by every format) and, for text an undecided option would leave out, strike-through
 * ({@code ~~…~~}) on each line, after its list bullet, quote mark or heading mark.
 */
final class DraftMarks {

    private static final Pattern LINE_PREFIX = Pattern.compile(
            "[ \\t]*(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+|>[ \\t]?|#{1,6}[ \\t]+)?");

    private DraftMarks() {
    }

    static String highlight(String text) {
        return "{==" + text + "==}";
    }

    /** Strikes through every line of {@code markdown} that holds text; code and tables stay as they are. */
    static String strike(String markdown) {
        StringBuilder sb = new StringBuilder();
        CodeFence fence = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                sb.append('\n');
            }
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
                sb.append(line);
                continue;
            }
            fence = CodeFence.opening(line);
            String content = line.strip();
            if (fence != null || content.isEmpty() || content.startsWith("|")) {
                sb.append(line);
                continue;
            }
            Matcher prefix = LINE_PREFIX.matcher(line);
            prefix.lookingAt();
            String rest = line.substring(prefix.end()).strip();
            sb.append(line, 0, prefix.end());
            sb.append(rest.isEmpty() ? "" : "~~" + rest + "~~");
        }
        return sb.toString();
    }
}

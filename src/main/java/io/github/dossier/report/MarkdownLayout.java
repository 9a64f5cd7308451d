package io.github.dossier.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tidies resolved Markdown: blank-line runs left by removed options collapse, edges are trimmed,
 * and the house style {@code [https://example.com]()} becomes a link to its own text. Code
 * fences are left exactly as written.
 */
final class MarkdownLayout {

    private static final Pattern BARE_URL_LINK = Pattern.compile("\\[(https?://[^\\]\\s()<>]+)\\]\\(\\)");

    private MarkdownLayout() {
    }

    static String tidy(String markdown) {
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        String fence = "";
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (!inFence && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                inFence = true;
                fence = trimmed.substring(0, 3);
                out.add(line);
                continue;
            }
            if (inFence) {
                inFence = !trimmed.startsWith(fence) || !trimmed.replace(fence.substring(0, 1), "").isBlank();
                out.add(line);
                continue;
            }
            String tidied = BARE_URL_LINK.matcher(line.stripTrailing()).replaceAll("[$1](<$1>)");
            if (tidied.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
                continue;
            }
            out.add(tidied);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }
}

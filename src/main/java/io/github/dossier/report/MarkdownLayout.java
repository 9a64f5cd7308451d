package io.github.dossier.report;

import io.github.dossier.template.CodeFence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies resolved Markdown: blank-line runs left by removed options collapse, edges are trimmed,
 * the house style {@code [https://example.com/a(b)]()} becomes a link to its own text, and pipe
 * tables get the delimiter row and the blank lines around them that Markdown needs (SPEC §1.4).
 * Code fences are left exactly as written.
 */
final class MarkdownLayout {

    /** {@code [text]()}, not escaped: a link whose target is empty. */
    private static final Pattern EMPTY_TARGET_LINK = Pattern.compile("(?<!\\\\)\\[([^\\[\\]\\n]+)\\]\\(\\)");
    private static final Pattern SAFE_URL = Pattern.compile("(?i)(?:https?|ftp)://\\S.*|mailto:\\S+");
    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:.*");
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");

    private MarkdownLayout() {
    }

    static String tidy(String markdown) {
        List<String> out = new ArrayList<>();
        CodeFence fence = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
                out.add(line);
                continue;
            }
            fence = CodeFence.opening(line);
            if (fence != null) {
                out.add(line);
                continue;
            }
            if (isTableRow(line)) {
                i = table(lines, i, out) - 1;
                continue;
            }
            String tidied = links(line.stripTrailing());
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

    private static boolean isTableRow(String line) {
        String s = line.strip();
        return s.length() >= 2 && s.startsWith("|") && s.endsWith("|") && !s.endsWith("\\|");
    }

    /** Copies the table starting at {@code start}, framed by blank lines; returns the index after it. */
    private static int table(String[] lines, int start, List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
        }
        int i = start;
        out.add(links(lines[i].strip()));
        i++;
        if (i >= lines.length || !isTableRow(lines[i]) || !DELIMITER_ROW.matcher(lines[i].strip()).matches()) {
            out.add("|" + " --- |".repeat(Math.max(1, columns(lines[start]))));
        }
        while (i < lines.length && isTableRow(lines[i])) {
            out.add(links(lines[i].strip()));
            i++;
        }
        if (i < lines.length && !lines[i].isBlank()) {
            out.add("");
        }
        return i;
    }

    /** The cells of a row: its unescaped pipes, less one. */
    private static int columns(String row) {
        String s = row.strip();
        int pipes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\')) {
                pipes++;
            }
        }
        return pipes - 1;
    }

    /**
     * {@code [url]()} links to its text; the target is percent-encoded where Markdown needs it and
     * written in angle brackets, so parentheses in it stay part of it. Text that is not a URL with
     * a safe scheme stays text: a link to nowhere, or to {@code javascript:}, is never written.
     */
    static String links(String line) {
        if (line.indexOf("]()") < 0) {
            return line;
        }
        Matcher m = EMPTY_TARGET_LINK.matcher(line);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (m.find()) {
            if (insideCodeSpan(line, m.start())) {
                continue;
            }
            sb.append(line, from, m.start());
            String text = m.group(1).strip();
            if (SAFE_URL.matcher(text).matches()) {
                sb.append('[').append(m.group(1)).append("](<").append(encode(text)).append(">)");
            } else {
                sb.append(SCHEME.matcher(text).matches() && !text.toLowerCase(Locale.ROOT).startsWith("http")
                        ? text.replace(":", "\\:") : m.group(1));
            }
            from = m.end();
        }
        return sb.append(line.substring(from)).toString();
    }

    private static boolean insideCodeSpan(String line, int index) {
        int ticks = 0;
        for (int i = 0; i < index; i++) {
            if (line.charAt(i) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    private static String encode(String url) {
        StringBuilder sb = new StringBuilder();
        for (char c : url.toCharArray()) {
            switch (c) {
                case ' ' -> sb.append("%20");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '\\' -> sb.append("%5C");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package io.github.dossier.authoring;

import io.github.dossier.problem.Problems;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The templates a writer can use, for {@code dossier:list}: id, title, category, CVSS and library. */
public final class TemplateCatalog {

    /**
     * One template.
     *
     * @param category the front matter's category as written, or empty
     * @param cvss the front matter's CVSS as written, or empty
     * @param library the library label ({@code src/findings}, {@code com.acme.sec:findings:2.3.0})
     */
    public record Row(String id, String title, String category, String cvss, String library) {
    }

    private TemplateCatalog() {
    }

    /**
     * The templates whose id, title, category or library contains {@code filter} (case-insensitive;
     * blank for all), in search order. A template that does not parse is listed with its title line.
     */
    public static List<Row> rows(TemplateLibrary library, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        for (TemplateLibrary.Entry entry : library.entries()) {
            Optional<Template> template = library.load(entry, new Problems());
            FrontMatter front = template.map(Template::frontMatter).orElse(null);
            String category = front == null ? "" : front.categoryField().map(FrontMatter.Field::text).orElse("");
            String cvss = front == null ? "" : front.cvssField().map(FrontMatter.Field::text).orElse("");
            Row row = new Row(entry.id(), entry.title(), category, cvss, entry.origin().label());
            String haystack = String.join("\n", row.id(), row.title(), row.category(), row.library())
                    .toLowerCase(Locale.ROOT);
            if (haystack.contains(f)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The rows as aligned text lines under a header. */
    public static List<String> format(List<Row> rows) {
        String[] header = {"ID", "TITLE", "CATEGORY", "CVSS", "LIBRARY"};
        int[] width = new int[header.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(header);
        rows.forEach(r -> cells.add(new String[] {r.id(), r.title(), dash(r.category()), dash(r.cvss()),
            r.library()}));
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].codePointCount(0, line[i].length()));
            }
        }
        List<String> out = new ArrayList<>();
        for (String[] line : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                sb.append(line[i]);
                if (i < line.length - 1) {
                    sb.append(" ".repeat(width[i] - line[i].codePointCount(0, line[i].length()) + 2));
                }
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    private static String dash(String value) {
        return value.isBlank() ? "-" : value.replaceAll("\\s+", " ");
    }
}

package io.github.dossier.authoring;

import io.github.dossier.problem.Problems;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The templates a writer can use, for {@code dossier:list}: id, title, category and CVSS, grouped
 * by library and folder, as plain text that fits a 100-column terminal. Ids are long (folder and
 * file name, 55 characters on a typical library), so the folder is named once above its templates.
 */
public final class TemplateCatalog {

    /**
     * The widest table line: Maven prefixes each log line with {@code [INFO] } (7 columns), and the
     * whole line fits 100 columns.
     */
    static final int WIDTH = 93;
    /** Columns kept for the category; the CVSS takes what it needs ({@code 10.0 Critical}), name and title the rest. */
    private static final int CATEGORY_WIDTH = 14;

    /**
     * One template.
     *
     * @param title the title as plain text
     * @param category the category without markup, or empty
     * @param cvss the score and severity ({@code 9.8 Critical}), {@code N/A}, {@code TBA},
     *     {@code invalid}, or empty
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
            Optional<FrontMatter> front = template.map(Template::frontMatter);
            Row row = new Row(entry.id(), template.map(t -> CatalogCells.title(t.title())).orElse(entry.title()),
                    CatalogCells.category(front.flatMap(FrontMatter::categoryField)),
                    CatalogCells.cvss(front.flatMap(FrontMatter::cvssField)), entry.origin().label());
            String haystack = String.join("\n", row.id(), row.title(), row.category(), row.library())
                    .toLowerCase(Locale.ROOT);
            if (haystack.contains(f)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The rows as text lines: per library a line naming it, a header, then per folder a line naming
     * it and its templates by title, aligned. A template's id is its folder and file name, and the
     * file name is the title in lower case with spaces turned into {@code _}: where a file is named
     * otherwise, its name follows the title. Lines are at most {@value #WIDTH} columns; a longer
     * title ends in {@code …}.
     */
    public static List<String> format(List<Row> rows) {
        Map<String, List<Row>> byLibrary = new LinkedHashMap<>();
        rows.forEach(r -> byLibrary.computeIfAbsent(r.library(), k -> new ArrayList<>()).add(r));
        List<String> out = new ArrayList<>();
        byLibrary.forEach((library, group) -> {
            out.add(library + ": " + group.size() + " template" + (group.size() == 1 ? "" : "s"));
            List<String[]> cells = new ArrayList<>();
            String[] header = {"TITLE", "CATEGORY", "CVSS"};
            cells.add(header);
            group.forEach(r -> cells.add(new String[] {title(r), dash(r.category()), dash(r.cvss())}));
            Table table = Table.fit(cells, "    ", WIDTH, CATEGORY_WIDTH);
            out.add(table.line(header));
            String folder = null;
            for (int i = 0; i < group.size(); i++) {
                String current = folder(group.get(i).id());
                if (!current.equals(folder) && !current.isEmpty()) {
                    out.add("  " + current + "/");
                }
                folder = current;
                out.add(table.line(cells.get(i + 1)));
            }
        });
        return out;
    }

    /** The title, followed by the file name where it is not the title's own ({@code Title (file: name)}). */
    private static String title(Row row) {
        String name = row.id().substring(row.id().lastIndexOf('/') + 1);
        String expected = row.title().toLowerCase(Locale.ROOT).replace(' ', '_').replace('/', '_');
        return name.equals(expected) ? row.title() : row.title() + " (file: " + name + ")";
    }

    private static String folder(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    private static String dash(String value) {
        return value.isBlank() ? "-" : value.replaceAll("\\s+", " ");
    }
}

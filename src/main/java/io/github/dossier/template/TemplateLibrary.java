package io.github.dossier.template;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates of one or more library roots, searched in order. A template's id is its path
 * relative to its root without {@code .md}; the descriptor names a template by id or by its
 * exact title (case-insensitive). Templates are parsed on first use, so a broken template
 * nobody uses does not fail a report.
 */
public final class TemplateLibrary {

    /** Templates larger than this are refused by default: no finding needs a megabyte of prose. */
    public static final long MAX_TEMPLATE_BYTES = io.github.dossier.io.SizeLimits.DEFAULTS.template();

    private static final int FRONT_MATTER_LINES = 500;
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(\\s|$)");

    /**
     * A template file found in a root.
     *
     * @param id its path relative to the root, without {@code .md}
     * @param file the file
     * @param root the folder it was found in
     * @param title its title line, or empty
     * @param origin the library it belongs to
     * @param display how messages name the file
     */
    public record Entry(String id, Path file, Path root, String title, LibraryOrigin origin, String display) {
    }

    private final ProjectPaths paths;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, List<Entry>> byTitle = new LinkedHashMap<>();
    private final Map<String, Optional<Template>> parsed = new HashMap<>();
    private final Map<String, Problems> parseProblems = new HashMap<>();
    private final List<LibraryRoot> roots = new ArrayList<>();

    private long maxTemplateBytes = MAX_TEMPLATE_BYTES;
    private boolean complete = true;

    /** Sets the largest template this library reads; returns this library. */
    public TemplateLibrary limitedTo(long bytes) {
        this.maxTemplateBytes = bytes;
        return this;
    }

    /**
     * Marks that a library could not be opened (already reported): a name missing from the others
     * is then not reported again for every finding that uses it. Returns this library.
     */
    public TemplateLibrary incomplete() {
        this.complete = false;
        return this;
    }

    /** Whether every library the build names was opened. */
    public boolean isComplete() {
        return complete;
    }

    private TemplateLibrary(ProjectPaths paths) {
        this.paths = paths;
    }

    /** Indexes the {@code .md} files under each project folder (first root wins for a given id). */
    public static TemplateLibrary scan(List<Path> roots, ProjectPaths paths, Problems problems) {
        return open(roots.stream().map(r -> LibraryRoot.folder(r, paths.display(r))).toList(), paths, problems);
    }

    /** Indexes the {@code .md} files under each root, searched in order (first root wins for a given id). */
    public static TemplateLibrary open(List<LibraryRoot> roots, ProjectPaths paths, Problems problems) {
        TemplateLibrary library = new TemplateLibrary(paths);
        for (LibraryRoot root : roots) {
            library.roots.add(root);
            library.index(root, problems);
        }
        return library;
    }

    /**
     * The template files under a folder, ordered by id whatever order the file system lists them in.
     * {@code README.md} files describe a library or a folder; they are not templates (SPEC §1.4).
     */
    public static List<Path> templateFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(p -> !root.relativize(p).toString().startsWith("."))
                    .sorted(java.util.Comparator.comparing(p -> idOf(root, p)))
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void index(LibraryRoot library, Problems problems) {
        Path root = library.folder();
        List<Path> files;
        try {
            files = templateFiles(root);
        } catch (IOException e) {
            problems.error(Location.of(display(library, root)), "cannot list the template library: "
                    + TextFiles.describe(e), "check that the folder exists and is readable");
            return;
        }
        // an unpacked artifact is checked against its own folder, a project folder against the project
        ProjectPaths guard = library.isUnpacked() ? new ProjectPaths(root) : paths;
        for (Path file : files) {
            if (!guard.isInside(file)) {
                problems.error(Location.of(paths.display(file)), "template is a link that leads out of the project",
                        "copy the template into the library instead of linking to it");
                continue;
            }
            String id = idOf(root, file);
            if (byId.containsKey(id)) {
                continue;
            }
            Entry entry = new Entry(id, file, root, titleOf(file), library.origin(),
                    library.isUnpacked() ? library.displayPrefix() + id + ".md" : paths.display(file));
            byId.put(id, entry);
            if (!entry.title().isEmpty()) {
                byTitle.computeIfAbsent(entry.title().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    private String display(LibraryRoot library, Path path) {
        return library.isUnpacked() ? library.displayPrefix() : paths.display(path);
    }

    /** A template's id: its path relative to the root, with {@code /}, without {@code .md}. */
    public static String idOf(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".md".length());
    }

    /** The title from the first {@code ### } line after the front matter, without parsing the rest. */
    private static String titleOf(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            boolean[] inFront = {false};
            int[] n = {0};
            return lines.limit(500).filter(line -> {
                boolean first = n[0]++ == 0;
                if (first && line.strip().equals("---")) {
                    inFront[0] = true;
                    return false;
                }
                if (inFront[0]) {
                    inFront[0] = !line.stripTrailing().equals("---");
                    return false;
                }
                return line.startsWith("### ");
            }).findFirst().map(l -> l.substring(4).strip()).orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /** The roots searched, in order. */
    public List<LibraryRoot> roots() {
        return List.copyOf(roots);
    }

    /**
     * The top-level keys of a template's front matter, read from its lines without parsing the
     * template: enough to tell which templates take part in scan-driven generation.
     */
    public static Set<String> frontMatterKeys(Entry entry) {
        Set<String> keys = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(entry.file())) {
            Iterator<String> it = lines.limit(FRONT_MATTER_LINES).iterator();
            if (!it.hasNext() || !it.next().strip().equals("---")) {
                return keys;
            }
            while (it.hasNext()) {
                String line = it.next();
                if (line.stripTrailing().equals("---")) {
                    break;
                }
                Matcher m = TOP_LEVEL_KEY.matcher(line);
                if (m.lookingAt()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // unreadable: loading the template reports it, if it is ever used
        }
        return keys;
    }

    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /**
     * Finds a template by id or exact title. Reports an unknown name (with the nearest name) or a
     * title found in several templates at {@code reference}.
     */
    public Optional<Entry> find(String name, Location reference, Problems problems) {
        String id = name.strip().replace('\\', '/');
        id = id.endsWith(".md") ? id.substring(0, id.length() - 3) : id;
        Entry entry = byId.get(id);
        if (entry != null) {
            return Optional.of(entry);
        }
        List<Entry> titled = byTitle.getOrDefault(name.strip().toLowerCase(Locale.ROOT), List.of());
        if (titled.size() == 1) {
            return Optional.of(titled.get(0));
        }
        if (titled.size() > 1) {
            problems.error(reference, "the title '" + name + "' belongs to " + titled.size() + " templates: "
                    + String.join(", ", titled.stream().map(Entry::id).toList()), "name the template by its id");
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(byId.keySet());
        byId.values().forEach(e -> names.add(e.title()));
        problems.error(reference, "unknown template '" + name + "'",
                Suggestions.didYouMean(name, names, "run 'mvn dossier:check' to validate, or check the library paths"
                        + " in 'libraries'"));
        return Optional.empty();
    }

    /** Parses a template (once); syntax errors go to {@code problems} each time it is asked for. */
    public Optional<Template> load(Entry entry, Problems problems) {
        if (!parsed.containsKey(entry.id())) {
            Problems own = new Problems();
            String display = entry.display();
            Optional<Template> template = TextFiles.read(entry.file(), display, maxTemplateBytes, own)
                    .flatMap(text -> TemplateParser.parse(entry.id(), entry.file(), display, text, own));
            parsed.put(entry.id(), own.hasErrors() ? Optional.empty() : template);
            parseProblems.put(entry.id(), own);
        }
        problems.addAll(parseProblems.get(entry.id()).sorted());
        return parsed.get(entry.id());
    }
}

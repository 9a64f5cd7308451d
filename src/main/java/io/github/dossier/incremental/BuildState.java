package io.github.dossier.incremental;

import io.github.dossier.io.Digests;
import io.github.dossier.library.LibraryArchive;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.template.LibraryRoot;
import io.github.dossier.template.TemplateLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last successful build of a report was made from, kept in the work folder: the plugin
 * and its configuration, every input file, the contents of every library, and the outputs
 * written. One {@code kind:name<TAB>value} line each, sorted.
 */
public final class BuildState {

    static final String PLUGIN = "plugin:";
    static final String CONFIG = "config:";
    static final String INPUT = "input:";
    static final String FOLDER = "library:";
    static final String ARTIFACT = "artifact:";
    static final String OUTPUT = "output:";

    private final SortedMap<String, String> entries;

    private BuildState(SortedMap<String, String> entries) {
        this.entries = entries;
    }

    /**
     * The state of a build that just succeeded.
     *
     * @param settings the plugin version and configuration, each a line ({@code formats=md,html})
     * @param inputs every file the report was read from
     * @param libraries the roots searched
     * @param outputs the files written, by their name in {@code outputDirectory}
     */
    public static BuildState of(Path projectRoot, Map<String, String> settings, List<Path> inputs,
            List<LibraryRoot> libraries, Path outputDirectory, List<String> outputs) {
        SortedMap<String, String> entries = new TreeMap<>();
        settings.forEach((k, v) -> entries.put(CONFIG + k, v));
        for (Path input : inputs) {
            FileStamp.of(input).ifPresent(s -> entries.put(INPUT + relative(projectRoot, input), s.toString()));
        }
        for (LibraryRoot root : libraries) {
            if (root.artifact().isEmpty()) {
                entries.put(FOLDER + relative(projectRoot, root.folder()), listing(root.folder()));
            } else {
                entries.put(ARTIFACT + root.artifact(), LibraryArchive.unpackedFrom(root.folder()));
            }
        }
        for (String name : outputs) {
            FileStamp.of(outputDirectory.resolve(name)).ifPresent(s -> entries.put(OUTPUT + name, s.toString()));
        }
        return new BuildState(entries);
    }

    /**
     * The plugin version and the configuration that shape the outputs, as the state records them.
     *
     * @param plugin the plugin's version (with its jar's digest for a snapshot)
     * @param formats the formats written
     */
    public static Map<String, String> settings(ReportConfig config, String plugin, String formats,
            Path outputDirectory) {
        Map<String, String> settings = new TreeMap<>();
        settings.put("plugin", plugin);
        settings.put("formats", formats);
        settings.put("draft", String.valueOf(config.settings().draft()));
        settings.put("editorial", config.settings().editorialFails() ? "fail" : "warn");
        settings.put("libraries", String.join(",", config.libraries().extra()));
        settings.put("date", config.defaultDate());
        settings.put("sections", config.sectionsDirectory() + ";" + config.sectionsBefore() + ";"
                + config.sectionsAfter());
        settings.put("limits", config.limits().toString() + ";" + config.settings().maxEvidenceBytes());
        settings.put("descriptor", relative(config.projectRoot(), config.descriptor()));
        settings.put("output", relative(config.projectRoot(), outputDirectory));
        return settings;
    }

    /** The state recorded in {@code file}, or empty when there is none or it cannot be read. */
    public static Optional<BuildState> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            SortedMap<String, String> entries = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return Optional.of(new BuildState(entries));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes the state; a failure only costs the next build its shortcut. */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        Files.createDirectories(file.getParent());
        Path staged = Files.createTempFile(file.getParent(), ".state-", ".tmp");
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        Files.move(staged, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    SortedMap<String, String> entries() {
        return entries;
    }

    /**
     * The template files of a folder, twice: by their sizes and times (cheap), then by their
     * contents. Any added, removed or edited template shows; one only touched (a checkout, a
     * copy) changes the first part alone, and {@link #sameTemplates} then reads the files.
     */
    static String listing(Path folder) {
        return stamps(folder) + " " + contents(folder);
    }

    /** Whether a folder holds the templates a recorded {@link #listing} describes, by content when times differ. */
    static boolean sameTemplates(Path folder, String recorded) {
        int space = recorded.indexOf(' ');
        if (space < 0) {
            return false;
        }
        return recorded.substring(0, space).equals(stamps(folder))
                || recorded.substring(space + 1).equals(contents(folder));
    }

    private static String stamps(Path folder) {
        StringBuilder sb = new StringBuilder();
        try {
            for (Path file : TemplateLibrary.templateFiles(folder)) {
                sb.append(TemplateLibrary.idOf(folder, file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return Digests.of(sb.toString());
    }

    private static String contents(Path folder) {
        StringBuilder sb = new StringBuilder();
        try {
            for (Path file : TemplateLibrary.templateFiles(folder)) {
                sb.append(TemplateLibrary.idOf(folder, file)).append(' ').append(Digests.of(file)).append('\n');
            }
        } catch (IOException e) {
            return "unreadable";
        }
        return Digests.of(sb.toString());
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}

package io.github.dossier.scan;

import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an engagement's scan files, each once, in the order listed: {@code .nessus} files with
 * {@link NessusReader}, {@code .json} files with {@link TrivyReader}. Each file read is noted in
 * the log with what it held and what was kept.
 */
public final class ScanFiles {

    private static final int BUFFER = 256 * 1024;

    /**
     * A scan file the descriptor lists.
     *
     * @param file the absolute path, already checked to stay inside the project
     * @param display the path as shown in messages
     * @param location where the descriptor lists it
     */
    public record Source(Path file, String display, Location location) {
    }

    private ScanFiles() {
    }

    /** The results every listed file holds for the rules behind {@code interest}. */
    public static ScanResults read(List<Source> sources, ScanInterest interest, Problems problems) {
        ScanResults results = new ScanResults();
        for (Source source : sources) {
            read(source, interest, results, problems);
        }
        return results;
    }

    private static void read(Source source, ScanInterest interest, ScanResults results, Problems problems) {
        String name = source.file().getFileName().toString().toLowerCase(Locale.ROOT);
        boolean nessus = name.endsWith(".nessus") || name.endsWith(".xml");
        if (!nessus && !name.endsWith(".json")) {
            problems.error(source.location(), "scan file " + source.display() + " is neither a .nessus nor a .json"
                    + " file", "list Nessus v2 exports (.nessus) and Trivy JSON reports (.json)");
            return;
        }
        if (!Files.isRegularFile(source.file())) {
            problems.error(source.location(), "scan file not found: " + source.display(),
                    "add the file, or fix the path (relative to the descriptor's folder)");
            return;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source.file()), BUFFER)) {
            String summary = nessus
                    ? new NessusReader(interest).read(in, source.display(), results, problems)
                            .map(s -> s.hosts() + " host" + plural(s.hosts()) + ", " + s.items() + " result"
                                    + plural(s.items()) + ", " + s.kept() + " kept").orElse(null)
                    : new TrivyReader(interest).read(in, source.display(), results, problems)
                            .map(s -> s.targets() + " target" + plural(s.targets()) + ", " + s.vulnerabilities()
                                    + " vulnerabilit" + (s.vulnerabilities() == 1 ? "y" : "ies") + ", " + s.kept()
                                    + " kept").orElse(null);
            if (summary != null) {
                problems.note(Location.of(source.display()), "scan read: " + summary);
            }
        } catch (IOException e) {
            problems.error(source.location(), "cannot read scan file " + source.display() + ": "
                    + TextFiles.describe(e), "check that the file is readable");
        }
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}

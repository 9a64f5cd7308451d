package io.github.dossier.spelling;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.io.TextFiles;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.LibraryRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words the checker accepts: the client's name, the project's {@code dictionary.txt} beside the
 * descriptor, and the {@code dictionary.txt} at the root of each template library (a library
 * artifact ships it in {@code dossier-library/}). One word or phrase per line; blank lines and
 * lines starting with {@code #} are ignored.
 */
final class Dictionary {

    static final String FILE = "dictionary.txt";
    private static final long MAX_BYTES = 4L * 1024 * 1024;

    private Dictionary() {
    }

    static List<String> words(Path descriptorFolder, List<LibraryRoot> libraries, String client, ProjectPaths paths,
            Problems problems) {
        Set<String> words = new LinkedHashSet<>();
        for (String part : client.split("[\\s,()]+")) {
            if (part.chars().anyMatch(Character::isLetter)) {
                words.add(part);
            }
        }
        read(descriptorFolder.resolve(FILE), paths, problems, words);
        libraries.forEach(root -> read(root.folder().resolve(FILE), paths, problems, words));
        return List.copyOf(words);
    }

    private static void read(Path file, ProjectPaths paths, Problems problems, Set<String> words) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        TextFiles.read(file, paths.display(file), MAX_BYTES, problems).ifPresent(text -> {
            for (String line : text.split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        });
    }

    /** The entries that are one word, and those that are phrases. */
    static List<List<String>> split(List<String> words) {
        List<String> single = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        words.forEach(w -> (w.contains(" ") ? phrases : single).add(w));
        return List.of(single, phrases);
    }
}

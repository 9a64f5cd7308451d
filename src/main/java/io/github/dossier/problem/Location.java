package io.github.dossier.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in an input file, 1-based, as people count lines and columns.
 *
 * @param file the file's path as shown to the user (relative to the project where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
    }

    /** A location naming only a file. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** The location reached after reading {@code text.substring(0, count)} from here. */
    public Location advance(String text, int count) {
        int l = line;
        int c = column;
        for (int i = 0; i < count; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return new Location(file, l, c);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}

package io.github.dossier.library;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.LibraryOrigin;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A finding library published as a Maven artifact, written as Maven writes coordinates:
 * {@code groupId:artifactId[:extension[:classifier]]:version}, for example
 * {@code com.acme.sec:findings:2.3.0} (a jar) or {@code com.acme.sec:findings:zip:2.3.0}.
 * The version is fixed: a report must build the same way years later, so ranges and
 * {@code LATEST}/{@code RELEASE} are refused.
 */
public record LibraryCoordinates(String groupId, String artifactId, String extension, String classifier,
        String version) {

    /** The folder inside the archive that holds the templates. */
    public static final String FOLDER = "dossier-library/";

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");
    /** {@code C:findings}: a Windows drive, not a one-letter group id (coordinates have a second colon). */
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[^:]*");

    public LibraryCoordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        extension = extension == null || extension.isEmpty() ? "jar" : extension;
        classifier = Objects.requireNonNullElse(classifier, "");
        Objects.requireNonNull(version, "version");
    }

    /** Whether a {@code libraries} entry is meant as coordinates rather than a folder. */
    public static boolean looksLike(String written) {
        String s = written.strip();
        return s.indexOf(':') > 0 && s.indexOf('/') < 0 && s.indexOf('\\') < 0 && !DRIVE.matcher(s).matches();
    }

    /** Parses coordinates, reporting what is wrong with them at {@code at}. */
    public static Optional<LibraryCoordinates> parse(String written, Location at, Problems problems) {
        String[] parts = written.strip().split(":", -1);
        String hint = "write groupId:artifactId:version, e.g. com.acme.sec:findings:2.3.0"
                + " (or groupId:artifactId:zip:version for a zip)";
        if (parts.length < 3 || parts.length > 5) {
            problems.error(at, "'" + written + "' is neither a folder nor artifact coordinates", hint);
            return Optional.empty();
        }
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                problems.error(at, "'" + written + "' is not valid artifact coordinates: '" + part + "'", hint);
                return Optional.empty();
            }
        }
        String version = parts[parts.length - 1];
        String upper = version.toUpperCase(Locale.ROOT);
        if (upper.equals("LATEST") || upper.equals("RELEASE")) {
            problems.error(at, "library " + written + " has no fixed version",
                    "name the exact version, so the report builds the same way later");
            return Optional.empty();
        }
        String extension = parts.length >= 4 ? parts[2] : "jar";
        if (!extension.equals("jar") && !extension.equals("zip")) {
            problems.error(at, "library " + written + " is a '" + extension + "'; a library is a jar or a zip",
                    hint);
            return Optional.empty();
        }
        return Optional.of(new LibraryCoordinates(parts[0], parts[1], extension, parts.length == 5 ? parts[3] : "",
                version));
    }

    /** The archive's file name, {@code findings-2.3.0.jar}. */
    public String fileName() {
        return artifactId + "-" + version + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }

    public boolean isSnapshot() {
        return version.endsWith("-SNAPSHOT");
    }

    /** The origin findings record: {@code groupId:artifactId} and the version. */
    public LibraryOrigin origin() {
        return new LibraryOrigin(groupId + ":" + artifactId, version);
    }

    /** Maven's form, {@code groupId:artifactId[:extension[:classifier]]:version}. */
    @Override
    public String toString() {
        String middle = classifier.isEmpty() ? (extension.equals("jar") ? "" : ":" + extension)
                : ":" + extension + ":" + classifier;
        return groupId + ":" + artifactId + middle + ":" + version;
    }
}

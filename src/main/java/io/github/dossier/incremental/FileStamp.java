package io.github.dossier.incremental;

import io.github.dossier.io.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file's content digest with its size and modification time. A file whose size and time are
 * unchanged is taken as unchanged without reading it (as git does); otherwise its bytes decide,
 * so a checkout that only touches a file does not count as a change.
 */
record FileStamp(String sha, long size, long modified) {

    static Optional<FileStamp> of(Path file) {
        try {
            return Optional.of(new FileStamp(Digests.of(file), Files.size(file),
                    Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<FileStamp> parse(String text) {
        String[] parts = text.split(" ");
        try {
            return parts.length == 3 ? Optional.of(new FileStamp(parts[0], Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code file} still has this content. */
    boolean matches(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            if (Files.size(file) == size && Files.getLastModifiedTime(file).toMillis() == modified) {
                return true;
            }
            return Files.size(file) == size && Digests.of(file).equals(sha);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return sha + " " + size + " " + modified;
    }
}

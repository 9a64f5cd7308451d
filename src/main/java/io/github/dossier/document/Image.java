package io.github.dossier.document;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An image the document shows: an evidence file or the logo.
 *
 * @param name its name: the evidence's name in the output folder ({@code evidence/login.png})
 * @param data the file's bytes
 */
public record Image(String name, byte[] data) {

    private static final Map<String, String> MEDIA_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

    public Image {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
    }

    /** The media type by the file's extension; {@code application/octet-stream} when unknown. */
    public String mediaType() {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}

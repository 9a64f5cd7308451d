package io.github.dossier.output.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's built-in stylesheet, shipped as a resource beside this class. */
final class Stylesheet {

    private static final String CSS = load();

    private Stylesheet() {
    }

    static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = Stylesheet.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.dossier.document;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a heading into an id fragment: {@code Scope & Methods} becomes {@code scope-methods}. */
final class Slug {

    private Slug() {
    }

    static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "part" : slug;
    }
}

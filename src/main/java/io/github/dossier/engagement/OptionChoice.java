package io.github.dossier.engagement;

import io.github.dossier.problem.Location;

/**
 * A decision on an option or alternative group: {@code options: {1: true, AWS: false, 3: 2}}, or
 * a content choice's part by its text ({@code 4: software updates}).
 *
 * @param key the option's number ({@code "1"}) or label ({@code "AWS"}) as written
 * @param include whether the option's text is kept ({@code true}, a number or a text)
 * @param alternative the 1-based alternative to keep, or 0 when the value was a boolean or a text
 * @param text the part of a content choice to keep, by its text, or null
 * @param location where the entry is written
 */
public record OptionChoice(String key, boolean include, int alternative, String text, Location location) {

    public static OptionChoice ofBoolean(String key, boolean include, Location location) {
        return new OptionChoice(key, include, 0, null, location);
    }

    public static OptionChoice ofAlternative(String key, int alternative, Location location) {
        return new OptionChoice(key, true, alternative, null, location);
    }

    public static OptionChoice ofText(String key, String text, Location location) {
        return new OptionChoice(key, true, 0, text, location);
    }

    /**
     * A decision written as text: {@code true}, {@code false} (any case), a positive number, or
     * a part's text (holding a letter); null for anything else ({@code yes}, {@code 0}, {@code -1}).
     */
    public static OptionChoice parse(String key, String written, Location location) {
        String value = written.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return ofBoolean(key, value.equals("true"), location);
        }
        if (value.matches("[0-9]{1,9}")) {
            return Integer.parseInt(value) > 0 ? ofAlternative(key, Integer.parseInt(value), location) : null;
        }
        if (value.matches("yes|no|on|off|y|n") || !value.matches("(?s).*\\p{L}.*")) {
            return null;
        }
        return ofText(key, written.strip(), location);
    }

    /** The decision as the writer wrote it, for messages: {@code true}, {@code 2}, {@code "switch"}. */
    public String written() {
        return text != null ? "'" + text + "'" : alternative > 0 ? String.valueOf(alternative) : String.valueOf(include);
    }
}

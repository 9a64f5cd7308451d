package io.github.dossier.engagement;

import io.github.dossier.problem.Location;

/**
 * A decision on an option or alternative group: {@code options: {1: true, AWS: false, 3: 2}}.
 *
 * @param key the option's number ({@code "1"}) or label ({@code "AWS"}) as written
 * @param include whether the option's text is kept ({@code true}, or a number)
 * @param alternative the 1-based alternative to keep, or 0 when the value was a boolean
 * @param location where the entry is written
 */
public record OptionChoice(String key, boolean include, int alternative, Location location) {

    public static OptionChoice ofBoolean(String key, boolean include, Location location) {
        return new OptionChoice(key, include, 0, location);
    }

    public static OptionChoice ofAlternative(String key, int alternative, Location location) {
        return new OptionChoice(key, true, alternative, location);
    }
}

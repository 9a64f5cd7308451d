package io.github.dossier.spelling;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether and how the rendered text is checked for spelling and grammar.
 *
 * @param mode on, off, or when a language module is on the plugin's classpath
 * @param disabledRules LanguageTool rule ids not to apply ({@code -Ddossier.spelling.disable})
 */
public record SpellingSettings(Mode mode, Set<String> disabledRules) {

    /** When to check. */
    public enum Mode {
        /** Always; without a language module the build fails, saying what to add. */
        ON,
        /** Never. */
        OFF,
        /** When a language module is there; without one a line in the log says how to add it. */
        AUTO
    }

    /** No check. */
    public static final SpellingSettings OFF = new SpellingSettings(Mode.OFF, Set.of());

    public SpellingSettings {
        disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
    }

    /**
     * Settings from the goal's parameters.
     *
     * @param mode {@code true}, {@code false} or {@code auto}; null or blank for {@code fallback}
     * @param disable rule ids, comma-separated, or null
     * @throws IllegalArgumentException naming the parameter when {@code mode} is none of these
     */
    public static SpellingSettings parse(String mode, String disable, Mode fallback) {
        Mode m = fallback;
        String written = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        switch (written) {
            case "" -> m = fallback;
            case "true" -> m = Mode.ON;
            case "false" -> m = Mode.OFF;
            case "auto" -> m = Mode.AUTO;
            default -> throw new IllegalArgumentException("<spelling>/-Ddossier.spelling is '" + mode
                    + "' — use true, false or auto");
        }
        Set<String> rules = new TreeSet<>();
        if (disable != null) {
            Arrays.stream(disable.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(rules::add);
        }
        return new SpellingSettings(m, rules);
    }
}

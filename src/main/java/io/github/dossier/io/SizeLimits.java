package io.github.dossier.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest files a build reads whole. Real inputs are far below these; a file above them is
 * the wrong file or a hostile one, and is refused with a located error instead of exhausting
 * memory.
 *
 * @param descriptor the engagement descriptor
 * @param template a finding template or a writer's section
 * @param evidence an evidence image or file
 */
public record SizeLimits(long descriptor, long template, long evidence) {

    /** 8 MiB of descriptor, 1 MiB per template, 16 MiB per evidence file. */
    public static final SizeLimits DEFAULTS = new SizeLimits(8L << 20, 1L << 20, 16L << 20);

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);

    public SizeLimits {
        if (descriptor <= 0 || template <= 0 || evidence <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
    }

    /**
     * Parses a size as people write it: {@code 1048576}, {@code 512K}, {@code 8M}, {@code 1G}.
     *
     * @param name the parameter, for the message
     * @throws IllegalArgumentException naming the parameter and the accepted forms
     */
    public static long parse(String text, String name) {
        Matcher m = SIZE.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(name + " is '" + text + "', not a size — write bytes or a number"
                    + " with K, M or G, such as 8M");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }
}

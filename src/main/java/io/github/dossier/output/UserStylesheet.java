package io.github.dossier.output;

import io.github.dossier.io.TextFiles;
import io.github.dossier.output.CssTokens.Token;
import io.github.dossier.output.CssTokens.Type;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The user's stylesheet, made fit for a page that loads nothing. Every reference a browser would
 * fetch ({@code url(…)}, the strings of {@code image-set(…)}, {@code src(…)}, {@code @font-face}
 * sources) must name a file in the stylesheet's folder or below it, which is inlined as a
 * {@code data:} URI, or already be a {@code data:} URI or an {@code #id} in the page; a remote,
 * absolute or escaping reference, a missing file, a type that is neither image nor font, and
 * {@code @import} are refused, located in the stylesheet. The file must be UTF-8.
 */
public final class UserStylesheet {

    /** The largest stylesheet read, and the largest file one reference may inline. */
    static final long MAX_STYLESHEET_BYTES = 1L << 20;
    static final long MAX_FILE_BYTES = 16L << 20;

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
            "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp", "woff", "font/woff",
            "woff2", "font/woff2", "ttf", "font/ttf", "otf", "font/otf");
    /** Functions whose strings are fetched, like {@code url(…)}. */
    private static final Set<String> FETCHING = Set.of("url", "src", "image-set", "-webkit-image-set", "image",
            "cross-fade", "-webkit-cross-fade");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private static final String HINT = "put the file in the stylesheet's folder or below it, and name it relative to"
            + " the stylesheet: Dossier inlines it into the page";

    private final Path folder;
    private final String display;
    private final String css;
    private final Problems problems;

    private UserStylesheet(Path file, String display, String css, Problems problems) {
        this.folder = file.toAbsolutePath().normalize().getParent();
        this.display = display;
        this.css = css;
        this.problems = problems;
    }

    /**
     * The stylesheet with its references inlined; problems go to {@code problems}, located in
     * {@code display}. Empty when the file cannot be read or is not UTF-8.
     */
    static Optional<String> read(Path file, String display, Problems problems) {
        return TextFiles.read(file, display, MAX_STYLESHEET_BYTES, problems)
                .map(css -> new UserStylesheet(file, display, css, problems).inlined());
    }

    /**
     * The stylesheet with its references inlined: what the page carries, and what decides
     * whether the report changed (a font it inlines changes it too).
     *
     * @throws InvalidInputException listing every reference that cannot be inlined
     */
    public static String inline(Path file) {
        Problems problems = new Problems();
        Optional<String> css = read(file, file.toString(), problems);
        problems.throwIfErrors("the stylesheet " + file + " cannot be used");
        return css.orElseThrow();
    }

    private String inlined() {
        StringBuilder out = new StringBuilder(css.length());
        Deque<String> functions = new ArrayDeque<>();
        int copied = 0;
        boolean importing = false; // an @import is refused whole, not also for what it names
        for (Token token : CssTokens.of(css)) {
            if (importing) {
                importing = !token.value().equals(";");
                continue;
            }
            importing = token.type() == Type.AT_KEYWORD && token.value().equalsIgnoreCase("import");
            String replacement = switch (token.type()) {
                case AT_KEYWORD -> atKeyword(token);
                case URL -> reference(token).map(uri -> "url(\"" + uri + "\")").orElse(null);
                case BAD_URL -> error(token, "this url(…) is malformed",
                        "write url(\"file.png\") with the name quoted");
                case STRING -> fetches(functions) ? reference(token).map(uri -> "\"" + uri + "\"").orElse(null)
                        : null;
                default -> null;
            };
            if (token.type() == Type.FUNCTION) {
                functions.push(token.value().toLowerCase(Locale.ROOT));
            } else if (token.type() == Type.OPEN) {
                functions.push("(");
            } else if (token.type() == Type.CLOSE && !functions.isEmpty()) {
                functions.pop();
            }
            if (replacement != null) {
                out.append(css, copied, token.start()).append(replacement);
                copied = token.end();
            }
        }
        return out.append(css, copied, css.length()).toString();
    }

    /** Whether a string here would be fetched: directly inside {@code url(}, {@code image-set(} and the like. */
    private static boolean fetches(Deque<String> functions) {
        return !functions.isEmpty() && FETCHING.contains(functions.peek());
    }

    private String atKeyword(Token token) {
        if (token.value().equalsIgnoreCase("import")) {
            error(token, "@import would load another stylesheet when the page opens",
                    "copy its rules into this stylesheet; report.html loads nothing");
        }
        return null;
    }

    /** The data URI to write instead of the reference, or empty to leave it as written (or after an error). */
    private Optional<String> reference(Token token) {
        String written = token.value().strip();
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:") || written.startsWith("#") && written.length() > 1) {
            return Optional.empty(); // already inside the page
        }
        if (written.isEmpty()) {
            error(token, "an empty reference would load the page itself", "remove it");
        } else if (SCHEME.matcher(written).matches() || written.startsWith("//")) {
            error(token, "'" + written + "' is remote, and report.html must load nothing", HINT);
        } else if (written.startsWith("/") || written.startsWith("\\")) {
            error(token, "'" + written + "' is an absolute path", HINT);
        } else {
            return file(token, written);
        }
        return Optional.empty();
    }

    private Optional<String> file(Token token, String written) {
        String name = written.replaceFirst("[?#].*$", "");
        Path file = folder.resolve(name).normalize();
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        try {
            if (!file.startsWith(folder)) {
                error(token, "'" + written + "' is outside the stylesheet's folder", HINT);
            } else if (!Files.isRegularFile(file)) {
                error(token, "'" + written + "' is not a file", HINT);
            } else if (!file.toRealPath().startsWith(folder.toRealPath())) {
                error(token, "'" + written + "' is outside the stylesheet's folder", HINT);
            } else if (type == null) {
                error(token, "'" + written + "' is neither an image nor a font", "use PNG, JPEG, GIF, SVG or WebP"
                        + " images and WOFF, WOFF2, TTF or OTF fonts");
            } else if (Files.size(file) > MAX_FILE_BYTES) {
                error(token, "'" + written + "' is " + Files.size(file) + " bytes, over the limit of "
                        + MAX_FILE_BYTES + " for a file a stylesheet inlines", "use a smaller file");
            } else {
                return Optional.of("data:" + type + ";base64," + Base64.getEncoder()
                        .encodeToString(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            error(token, "'" + written + "' cannot be read: " + TextFiles.describe(e), HINT);
        }
        return Optional.empty();
    }

    private String error(Token token, String message, String hint) {
        problems.add(Problem.error(locate(token.start()), message, hint));
        return null;
    }

    private Location locate(int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (css.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(display, line, css.codePointCount(lineStart, index) + 1);
    }
}

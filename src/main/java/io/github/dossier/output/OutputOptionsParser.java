package io.github.dossier.output;

import io.github.dossier.document.PageSize;
import io.github.dossier.io.ImageCheck;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.output.docx.WordTemplate;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the output parameters as the user wrote them: known formats, a known page size, a
 * stylesheet, logo and Word template that exist inside the project, a readable timestamp. Every
 * problem is reported at once, located at the parameter's name. What a Word template lacks
 * (styles, the {@code {{report}}} paragraph) is a warning: the build still runs.
 */
public final class OutputOptionsParser {

    private final ProjectPaths paths;
    private final Problems problems = new Problems();

    public OutputOptionsParser(Path projectRoot) {
        this.paths = new ProjectPaths(projectRoot);
    }

    /**
     * @param formats {@code md,html,pdf,docx,json}
     * @param pageSize {@code A4} or {@code Letter}
     * @param stylesheet a CSS file, or null/blank for none
     * @param logo a PNG or JPEG file, or null/blank for none
     * @param outputTimestamp {@code project.build.outputTimestamp}: ISO-8601 or seconds since the epoch;
     *     null, blank or one character for none
     * @param wordTemplate a {@code .docx} or {@code .dotx} file, or null/blank for none
     * @param sourcesAppendix whether to add the appendix of finding sources
     * @throws InvalidInputException naming every bad parameter
     */
    public OutputOptions parse(String formats, String pageSize, Path stylesheet, Path logo, String outputTimestamp,
            Path wordTemplate, boolean sourcesAppendix) {
        Set<Format> chosen = Set.of(Format.MD);
        try {
            chosen = Format.parseList(formats == null ? "" : formats);
        } catch (IllegalArgumentException e) {
            problems.error(Location.of("dossier.formats"), e.getMessage(), "for example md,html,pdf,docx,json");
        }
        PageSize size = PageSize.parse(pageSize == null ? "A4" : pageSize).orElseGet(() -> {
            problems.error(Location.of("dossier.pageSize"), "unknown page size '" + pageSize + "'", "use A4 or Letter");
            return PageSize.A4;
        });
        Path css = file(stylesheet, "dossier.stylesheet", "stylesheet");
        if (css != null) {
            UserStylesheet.read(css, paths.display(css), problems); // refused here, before anything is built
        }
        Path image = file(logo, "dossier.logo", "logo");
        if (image != null && !isPngOrJpeg(image)) {
            problems.error(Location.of("dossier.logo"), "the logo " + paths.display(image) + " is not a PNG or JPEG"
                    + " image", "convert it to PNG");
        } else if (image != null) {
            damage(image).ifPresent(damage -> problems.error(Location.of("dossier.logo"), "the logo "
                    + paths.display(image) + " is not whole: " + damage, "export or copy it again, in the format its"
                    + " extension names"));
        }
        Instant timestamp = timestamp(outputTimestamp);
        Path template = file(wordTemplate, "dossier.wordTemplate", "Word template");
        if (template != null) {
            checkTemplate(template);
        }
        if (problems.hasErrors()) {
            throw new InvalidInputException("the output parameters are invalid", problems.sorted());
        }
        return new OutputOptions(chosen, size, css, image, timestamp, template, sourcesAppendix,
                problems.sorted());
    }

    /** A readable .docx or .dotx; what it lacks is said once, naming each style and placeholder. */
    private void checkTemplate(Path template) {
        Location at = Location.of("dossier.wordTemplate");
        String name = template.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".docx") && !name.endsWith(".dotx")) {
            problems.error(at, "the Word template " + paths.display(template) + " is not a .docx or .dotx file",
                    "save it from Word as a Word document or Word template");
            return;
        }
        WordTemplate.Check check;
        try {
            check = new WordTemplate(Files.readAllBytes(template)).check();
        } catch (java.io.IOException e) {
            problems.error(at, "the Word template " + paths.display(template) + " cannot be read: " + e.getMessage(),
                    "open it in Word and save it again as .docx or .dotx");
            return;
        }
        Location file = Location.of(paths.display(template));
        if (!check.missingStyles().isEmpty()) {
            boolean one = check.missingStyles().size() == 1;
            problems.warning(file, "the Word template has no style" + (one ? " " : "s ")
                    + quoted(check.missingStyles()) + "; Dossier's own " + (one ? "is" : "are") + " used",
                    "add styles of these names to the template to restyle them (docs/layout.md)");
        }
        if (!check.hasMarker()) {
            problems.warning(file, "the Word template has no paragraph {{report}}; the report is added at its end",
                    "write {{report}} alone in the paragraph where the report should start");
        }
        if (!check.unknownPlaceholders().isEmpty()) {
            problems.warning(file, "the Word template uses unknown placeholders " + check.unknownPlaceholders()
                    .stream().map(n -> "{{" + n + "}}").toList() + ", which stay as written", "known: "
                    + WordTemplate.NAMES.stream().sorted().map(n -> "{{" + n + "}}").toList());
        }
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }

    private Path file(Path written, String parameter, String what) {
        if (written == null || written.toString().isBlank()) {
            return null;
        }
        Path file = paths.root().resolve(written).toAbsolutePath().normalize();
        Location at = Location.of(parameter);
        if (!paths.isInside(file)) {
            problems.error(at, "the " + what + " " + written + " is outside the project",
                    "copy it into the project, for example under src/report/");
        } else if (!Files.isRegularFile(file)) {
            problems.error(at, what + " not found: " + paths.display(file), "add the file, or fix the path"
                    + " (relative to the project)");
        } else {
            return file;
        }
        return null;
    }

    private static boolean isPngOrJpeg(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            boolean png = head.length == 4 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N'
                    && head[3] == 'G';
            boolean jpeg = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8;
            return png || jpeg;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** What is wrong with a PNG or JPEG file, if anything. */
    private static java.util.Optional<String> damage(Path image) {
        try {
            byte[] bytes = Files.readAllBytes(image);
            return ImageCheck.problem(bytes, (bytes[0] & 0xFF) == 0x89 ? "png" : "jpg");
        } catch (java.io.IOException e) {
            return java.util.Optional.of("it cannot be read: " + e.getMessage());
        }
    }

    /** Maven's rules: digits are epoch seconds, else ISO-8601 with an offset; one character means none. */
    private Instant timestamp(String text) {
        if (text == null || text.strip().length() < 2) {
            return null;
        }
        String t = text.strip();
        try {
            return t.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(t))
                    : OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            problems.error(Location.of("project.build.outputTimestamp"), "'" + t + "' is not a timestamp",
                    "write an ISO-8601 time such as 2026-11-25T00:00:00Z, or seconds since 1970");
            return null;
        }
    }
}

package io.github.dossier.scan.migrate;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code dossier:migrate}: rewrites the generation scripts of a template library into declarative
 * {@code scan:} rules where they follow the common patterns ({@link ScriptPatterns}), recognised
 * as text and never run. Only the {@code generation:} block changes, replaced in place by the
 * {@code scan:} block; every other byte of the file stays as it was. Every script that is not
 * migrated is listed with the reason.
 */
public final class Migrator {

    /** Larger files are no templates. */
    private static final long MAX_BYTES = 1024 * 1024;
    private static final String CHECK_BODY = "### T\nx\n#### Impact: Low\nx\n#### Likelihood: Low\nx\n"
            + "#### Recommendation\nx\n";

    /**
     * A template whose script became a rule.
     *
     * @param file the template, relative to the project
     * @param rule the rule, in words
     */
    public record Migrated(String file, String rule) {
    }

    /**
     * What a run did.
     *
     * @param scripts how many templates had a generation block
     * @param migrated the templates rewritten (or, in a dry run, that would be)
     * @param skipped one warning per script not migrated, located at its {@code generation:} line
     * @param dryRun whether nothing was written
     */
    public record Report(int scripts, List<Migrated> migrated, List<Problem> skipped, boolean dryRun) {
        public Report {
            migrated = List.copyOf(migrated);
            skipped = List.copyOf(skipped);
        }
    }

    private final ProjectPaths paths;

    /** @param projectRoot the project's base folder; the library must be inside it */
    public Migrator(Path projectRoot) {
        this.paths = new ProjectPaths(projectRoot);
    }

    /**
     * Migrates every template under {@code library}.
     *
     * @throws InvalidInputException when the library folder is missing or outside the project
     * @throws UncheckedIOException when a file cannot be listed or written
     */
    public Report migrate(Path library, boolean dryRun) {
        Problems problems = new Problems();
        Path root = paths.library(library.toString(), Location.of(paths.display(library)), problems)
                .orElseThrow(() -> new InvalidInputException("dossier:migrate cannot run", problems.sorted()));
        List<Migrated> migrated = new ArrayList<>();
        Problems skipped = new Problems();
        int scripts = 0;
        for (Path file : templates(root)) {
            String display = paths.display(file);
            Optional<String> text = read(file);
            if (text.isEmpty()) {
                continue;
            }
            Optional<FrontMatterBlock> block = FrontMatterBlock.find(text.get());
            if (block.isPresent()) {
                scripts++;
                migrate(file, display, text.get(), block.get(), dryRun, skipped).ifPresent(migrated::add);
            }
        }
        return new Report(scripts, migrated, skipped.sorted(), dryRun);
    }

    private Optional<Migrated> migrate(Path file, String display, String text, FrontMatterBlock block, boolean dryRun,
            Problems skipped) {
        Location at = new Location(display, block.line(), 1);
        if (block.hasScan()) {
            skipped.warning(at, "not migrated: the template already has scan: rules",
                    "remove the generation block by hand once the rules do what the script did");
            return Optional.empty();
        }
        ScriptPatterns.Recognition recognition = ScriptPatterns.recognise(block.text());
        if (recognition.rule() == null) {
            skipped.warning(at, "not migrated: " + recognition.reason(),
                    "write its scan: rules by hand (docs/scans.md); the script is never run");
            return Optional.empty();
        }
        String scan = scanBlock(recognition.rule(), block.lineBreak());
        String rewritten = text.substring(0, block.start()) + scan + text.substring(block.end());
        int inFront = block.frontMatter().indexOf(block.text());
        Optional<String> unreadable = readsBack(block.frontMatter().substring(0, inFront) + scan
                + block.frontMatter().substring(inFront + block.text().length()), display);
        if (unreadable.isPresent()) {
            skipped.warning(at, "not migrated: the rewritten front matter does not read back: " + unreadable.get(),
                    "write its scan: rules by hand (docs/scans.md)");
            return Optional.empty();
        }
        if (!dryRun) {
            write(file, rewritten);
        }
        return Optional.of(new Migrated(display, recognition.rule().describe()));
    }

    /** The {@code scan:} block that replaces the script, with the file's own line breaks. */
    static String scanBlock(ScriptPatterns.Rule rule, String nl) {
        return "scan:" + nl + "  nessus: {plugins: [" + String.join(", ", rule.plugins()) + "]}" + nl
                + "  affected: " + rule.affected() + nl
                + (rule.placeholder() == null ? "" : "  placeholder: " + rule.placeholder() + nl);
    }

    /** Why the rewritten front matter fails to give a rule, if it does. */
    private static Optional<String> readsBack(String frontMatter, String display) {
        Problems problems = new Problems();
        Optional<Template> template = TemplateParser.parse("migrated", Path.of(display), display,
                "---\n" + frontMatter.replace("\r\n", "\n") + "---\n" + CHECK_BODY, problems);
        if (problems.hasErrors()) {
            return Optional.of(problems.errors().get(0).message());
        }
        return template.flatMap(t -> t.frontMatter().scanRule()).isPresent() ? Optional.empty()
                : Optional.of("it has no scan: rule");
    }

    private List<Path> templates(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).toString().startsWith("."))
                    .filter(paths::isInside)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the template library " + paths.display(root), e);
        }
    }

    /** The file's text exactly as written, or empty when it is too large or not UTF-8 (then no template). */
    private static Optional<String> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes beside the file, then moves over it, so a failure never leaves half a template. */
    private void write(Path file, String text) {
        try {
            Path temp = Files.createTempFile(file.getParent(), ".dossier-migrate-", ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + paths.display(file), e);
        }
    }
}

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

/**
 * {@code dossier:migrate}: rewrites the generation scripts of a template library into declarative
 * {@code scan:} rules where they follow the common patterns ({@link ScriptPatterns}), recognised
 * as text and never run, and misspelt or glued markers and broken delimiters into their canonical
 * form ({@link MarkupRewriter}). Only those change: the {@code generation:} block is replaced in
 * place by the {@code scan:} block, a keyword or delimiter by its canonical spelling; every other
 * byte of the file stays as it was. Every script that is not migrated is listed with the reason.
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
     * @param rewrites each marker or delimiter rewritten ({@code file:line:column: 'OPION' → 'OPTION'})
     * @param dryRun whether nothing was written
     */
    public record Report(int scripts, List<Migrated> migrated, List<Problem> skipped, List<String> rewrites,
            boolean dryRun) {
        public Report {
            migrated = List.copyOf(migrated);
            skipped = List.copyOf(skipped);
            rewrites = List.copyOf(rewrites);
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
        List<String> rewrites = new ArrayList<>();
        Problems skipped = new Problems();
        int scripts = 0;
        for (Path file : templates(root)) {
            String display = paths.display(file);
            Optional<String> read = read(file);
            if (read.isEmpty()) {
                continue;
            }
            String text = read.get();
            Optional<FrontMatterBlock> block = FrontMatterBlock.find(text);
            if (block.isPresent()) {
                scripts++;
                Optional<String> script = migrate(display, text, block.get(), skipped);
                if (script.isPresent()) {
                    migrated.add(new Migrated(display, ScriptPatterns.recognise(block.get().text()).rule().describe()));
                    text = script.get();
                }
            }
            MarkupRewriter.Result markup = MarkupRewriter.rewrite(text, display);
            markup.changes().forEach(c -> rewrites.add(c.toString()));
            if (!dryRun && !text.equals(read.get()) || !dryRun && !markup.changes().isEmpty()) {
                write(file, markup.text());
            }
        }
        return new Report(scripts, migrated, skipped.sorted(), rewrites, dryRun);
    }

    /** The file's text with its script replaced by a {@code scan:} block, or empty (with the reason why not). */
    private Optional<String> migrate(String display, String text, FrontMatterBlock block, Problems skipped) {
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
        return Optional.of(rewritten);
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
        try {
            return io.github.dossier.template.TemplateLibrary.templateFiles(root).stream().filter(paths::isInside)
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

package io.github.dossier.authoring;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.Engagement.Library;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.report.Libraries;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The writer's tools: the templates a report can use, and adding a finding to the descriptor. */
public final class Authoring {

    /**
     * What {@link #add} did.
     *
     * @param templateId the template added
     * @param key the key given to the finding, or null when the default (the id) is free
     * @param descriptor the descriptor as shown to the user
     */
    public record Added(String templateId, String key, String descriptor) {
    }

    private Authoring() {
    }

    /**
     * The libraries of a project: the descriptor's (if there is one) and the configuration's. An
     * unfinished descriptor does not matter here, only problems with the libraries themselves.
     */
    public static TemplateLibrary library(ReportConfig config, Problems problems) {
        List<Library> libraries;
        if (Files.isRegularFile(config.descriptor())) {
            Problems descriptorProblems = new Problems();
            Optional<Engagement> engagement = Libraries.loader(config).load(config.descriptor(), descriptorProblems);
            descriptorProblems.sorted().stream().filter(p -> engagement.isEmpty() || p.message().contains("librar"))
                    .forEach(problems::add);
            libraries = engagement.map(Engagement::libraries).orElse(List.of());
        } else {
            libraries = Libraries.withoutDescriptor(config, problems);
        }
        return Libraries.open(config, libraries, true, problems);
    }

    /**
     * Appends an entry for {@code templateName} (an id or exact title) to the descriptor, with
     * every value and option of the template left for the writer to fill in.
     *
     * @throws InvalidInputException when the template or descriptor cannot be used
     */
    public static Added add(ReportConfig config, String templateName) {
        Problems problems = new Problems();
        String display = new ProjectPaths(config.projectRoot()).display(config.descriptor());
        if (!Files.isRegularFile(config.descriptor())) {
            throw new InvalidInputException("no descriptor to add to", List.of(Problem.error(Location.of(display),
                    "the descriptor does not exist", "create it with engagement: and findings:, or set"
                            + " -Ddossier.descriptor")));
        }
        TemplateLibrary library = library(config, problems);
        Optional<TemplateLibrary.Entry> entry = library.find(templateName, Location.of("-Dtemplate"), problems);
        Optional<Template> template = entry.flatMap(e -> library.load(e, problems));
        problems.throwIfErrors("the finding cannot be added: " + problems.errors().size() + " error"
                + (problems.errors().size() == 1 ? "" : "s"));
        String text = read(config.descriptor(), display);
        DescriptorAppender appender = new DescriptorAppender(text, display);
        String key = uniqueKey(template.get().id(), entry.get().title(), appender.usedNames());
        FindingStub.Decided decided = decided(config);
        String updated = appender.append(indent -> FindingStub.lines(template.get(), entry.get().origin(), key,
                indent, decided));
        write(config.descriptor(), updated);
        return new Added(template.get().id(), key, display);
    }

    /** What the engagement decides for every finding, so that the stub lists only what is still open. */
    private static FindingStub.Decided decided(ReportConfig config) {
        return Libraries.loader(config).load(config.descriptor(), new Problems())
                .map(e -> new FindingStub.Decided(e.values().keySet(), e.options().keySet().stream()
                        .map(k -> k.strip().toLowerCase(java.util.Locale.ROOT))
                        .collect(java.util.stream.Collectors.toSet())))
                .orElse(FindingStub.Decided.NOTHING);
    }

    /** Null while the template's id is free as a key, else the id with the first free number. */
    private static String uniqueKey(String id, String title, Set<String> used) {
        if (!used.contains(id) && !used.contains(title)) {
            return null;
        }
        int n = 2;
        while (used.contains(id + "-" + n)) {
            n++;
        }
        return id + "-" + n;
    }

    private static String read(Path file, String display) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("not UTF-8", List.of(Problem.error(Location.of(display),
                    "the descriptor is not valid UTF-8", "save it as UTF-8")));
        } catch (IOException e) {
            throw new io.github.dossier.output.OutputException("cannot read " + display + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the file in one step, so an interrupted write never leaves half a descriptor. */
    private static void write(Path file, String text) {
        try {
            Path staged = Files.createTempFile(file.getParent(), ".dossier-add-", ".yaml");
            try {
                Files.writeString(staged, text, StandardCharsets.UTF_8);
                try {
                    Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(staged);
            }
        } catch (IOException e) {
            throw new io.github.dossier.output.OutputException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}

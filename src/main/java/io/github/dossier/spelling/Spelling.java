package io.github.dossier.spelling;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.io.ProjectPaths;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.report.Libraries;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a report and checks the spelling and grammar of its rendered text with LanguageTool
 * (docs/goals.md, "Spelling and grammar"): every finding's title and sections and every writer's
 * section, as the client will read them, each problem reported where the writer wrote it.
 */
public final class Spelling {

    /**
     * A built report and what the check found.
     *
     * @param problems the spelling and grammar problems, warnings at their sources, sorted
     * @param summary one line for the log: what was checked, in what language, or why not; empty when
     *     spelling is off
     */
    public record Result(Report report, List<Problem> problems, String summary) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private Spelling() {
    }

    /**
     * Builds the report as {@link ReportBuilder} does and, as {@code settings} say, checks it.
     *
     * @param loader where language modules are looked for: the plugin's class realm
     * @throws InvalidInputException for the report's errors, or when spelling is on and no module has
     *     the language (saying what to add to the pom)
     */
    public static Result build(ReportConfig config, SpellingSettings settings, ClassLoader loader) {
        if (settings.mode() == SpellingSettings.Mode.OFF) {
            return new Result(new ReportBuilder(config).build(), List.of(), "");
        }
        boolean available = LanguageModules.available(loader);
        if (!available && settings.mode() == SpellingSettings.Mode.AUTO) {
            return new Result(new ReportBuilder(config).build(), List.of(), "Dossier spelling: not checked; add a"
                    + " LanguageTool language module to the plugin's dependencies to check it: "
                    + LanguageModules.dependency(""));
        }
        SourceMaps maps = new SourceMaps();
        Optional<EngagementInfo> engagement = available ? engagement(config) : Optional.empty();
        // LanguageTool takes seconds to load its rules: it loads while the report is built
        Opening opening = engagement.map(e -> Opening.start(e, settings.disabledRules())).orElse(null);
        Report report;
        try {
            report = new ReportBuilder(config).recording(maps::forPart).build();
        } catch (RuntimeException e) {
            if (opening != null) {
                opening.discard();
            }
            throw e;
        }
        if (!available) {
            throw new InvalidInputException("spelling cannot be checked", List.of(LanguageModules.missing(
                    engagement(config).map(EngagementInfo::language).orElse(""))));
        }
        if (opening == null) {
            throw new IllegalStateException("the descriptor of a report just built cannot be read");
        }
        return check(config, report, opening, maps.texts());
    }

    /** The engagement's details as written, its language among them (the report keeps only what it prints). */
    private static Optional<EngagementInfo> engagement(ReportConfig config) {
        return Libraries.loader(config).load(config.descriptor(), new Problems()).map(Engagement::info);
    }

    private static Result check(ReportConfig config, Report report, Opening opening, List<RenderedText> texts) {
        long started = System.nanoTime();
        ProjectPaths paths = new ProjectPaths(config.projectRoot());
        Problems problems = new Problems();
        List<String> words = Dictionary.words(config.descriptor().getParent(), report.libraries(),
                report.info().client(), paths, problems);
        Map<String, List<Passage>> unique = new LinkedHashMap<>();
        texts.forEach(t -> ProseReader.read(t).forEach(p -> unique.computeIfAbsent(p.text(), k -> new ArrayList<>())
                .add(p)));
        List<String> passages = List.copyOf(unique.keySet());
        try (Checker checker = opening.join(problems)) {
            checker.accept(words);
            List<Checker.Issue> issues = checker.check(passages);
            SpellingProblems findings = new SpellingProblems(new SourceLocator(paths),
                    paths.display(config.descriptor().getParent().resolve(Dictionary.FILE)), problems);
            for (Checker.Issue issue : issues) {
                unique.get(passages.get(issue.passage())).forEach(p -> findings.report(issue, p));
            }
            long seconds10 = (System.nanoTime() - started) / 100_000_000;
            long found = problems.sorted().stream().filter(p -> !p.isError()).count();
            String summary = String.format(Locale.ROOT, "Dossier spelling: %d texts (%d paragraphs) checked in %s in"
                    + " %d.%d s: %d problem%s", texts.size(), passages.size(), checker.language(), seconds10 / 10,
                    seconds10 % 10, found, found == 1 ? "" : "s");
            return new Result(report, problems.sorted(), summary);
        }
    }
}

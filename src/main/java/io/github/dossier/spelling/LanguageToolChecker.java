package io.github.dossier.spelling;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.problem.Suggestions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.MultiThreadedJLanguageTool;
import org.languagetool.UserConfig;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * LanguageTool, offline, for one language: the only class that touches LanguageTool's API, loaded
 * only when a module is on the classpath and spelling is asked for. Passages are checked in one text,
 * a paragraph each, on as many threads as the machine has cores.
 */
final class LanguageToolChecker implements Checker {

    private static final String SEPARATOR = "\n\n";

    /**
     * Rules off from the start (where a language has them): the Oxford -ize suggestion (LanguageTool
     * itself says the -ise spelling is also correct, and British reports use it), and repeated
     * spaces, which Markdown does not show and which a left-out option or editorial text leaves, and
     * 'multi-factor' written as one word: security writing (NIST, OWASP) spells it with a hyphen.
     */
    static final Set<String> OFF_BY_DEFAULT = Set.of("OXFORD_SPELLING_Z_NOT_S", "CONSECUTIVE_SPACES",
            "WHITESPACE_RULE", "EN_COMPOUNDS_MULTI_FACTOR");

    private final MultiThreadedJLanguageTool tool;
    private final Language language;

    private LanguageToolChecker(MultiThreadedJLanguageTool tool, Language language) {
        this.tool = tool;
        this.language = language;
    }

    /**
     * A checker for {@code tag} ({@code en-GB}; empty for the first module's default variant) that
     * accepts {@code words} and skips the rules {@code disabled}.
     *
     * @throws InvalidInputException when no module on the classpath has the language
     */
    static Checker open(String tag, Location tagAt, List<String> words, Set<String> disabled, Problems problems) {
        Language language = language(tag, tagAt);
        MultiThreadedJLanguageTool tool = new MultiThreadedJLanguageTool(language, null,
                Math.max(1, Runtime.getRuntime().availableProcessors()), new UserConfig());
        Set<String> known = new TreeSet<>();
        tool.getAllRules().forEach(r -> known.add(r.getId()));
        for (String id : disabled) {
            if (!known.contains(id)) {
                problems.warning(Location.of("-Ddossier.spelling.disable"), "'" + id + "' is not a LanguageTool rule"
                        + " of " + language.getName(), Suggestions.didYouMean(id, known, "the log names each rule"
                        + " after its message, as [RULE_ID]"));
            }
        }
        Set<String> off = new TreeSet<>(disabled);
        off.addAll(OFF_BY_DEFAULT);
        tool.disableRules(List.copyOf(off));
        LanguageToolChecker checker = new LanguageToolChecker(tool, language);
        checker.accept(words);
        return checker;
    }

    @Override
    public void accept(List<String> words) {
        List<List<String>> split = Dictionary.split(words);
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof SpellingCheckRule speller) {
                speller.addIgnoreTokens(split.get(0));
            }
            if (rule instanceof MorfologikSpellerRule speller) {
                speller.acceptPhrases(split.get(1));
            }
        }
    }

    private static Language language(String tag, Location tagAt) {
        if (tag.isBlank()) {
            Language first = Languages.get().stream().filter(l -> l.getShortCode().equals("en")).findFirst()
                    .orElse(Languages.get().get(0));
            return first.getDefaultLanguageVariant() != null ? first.getDefaultLanguageVariant() : first;
        }
        if (!Languages.isLanguageSupported(tag)) {
            throw new InvalidInputException("no LanguageTool module for " + tag, List.of(Problem.error(
                    tagAt == null ? Location.of("pom.xml") : tagAt, "engagement.language is " + tag + ", but the"
                            + " plugin has no LanguageTool module for it", "add " + LanguageModules.dependency(tag)
                            + " to the dossier-maven-plugin's <dependencies>")));
        }
        Language language = Languages.getLanguageForShortCode(tag);
        // a language without its region ("en") has no speller; its default variant has
        boolean regional = tag.contains("-");
        return !regional && language.getDefaultLanguageVariant() != null ? language.getDefaultLanguageVariant()
                : language;
    }

    @Override
    public String language() {
        return language.getName() + " [" + language.getShortCodeWithCountryAndVariant() + "]";
    }

    @Override
    public List<Issue> check(List<String> passages) {
        int[] starts = new int[passages.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            text.append(i > 0 ? SEPARATOR : "");
            starts[i] = text.length();
            text.append(passages.get(i));
        }
        List<RuleMatch> matches;
        try {
            matches = tool.check(text.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("LanguageTool could not read its own data", e);
        }
        List<Issue> issues = new ArrayList<>();
        for (RuleMatch m : matches) {
            int index = Arrays.binarySearch(starts, m.getFromPos());
            int passage = index >= 0 ? index : -index - 2;
            int from = m.getFromPos() - starts[passage];
            int to = Math.min(m.getToPos() - starts[passage], passages.get(passage).length());
            issues.add(new Issue(passage, from, to, m.getRule().getId(), plain(m.getMessage()),
                    m.getSuggestedReplacements(), m.getRule() instanceof SpellingCheckRule));
        }
        return issues;
    }

    /** LanguageTool marks suggestions in messages as {@code <suggestion>x</suggestion>}: quote them. */
    private static String plain(String message) {
        return message.replaceAll("</?suggestion>", "'").replaceAll("<[^>]+>", "").strip();
    }

    @Override
    public void close() {
        tool.shutdown();
    }
}

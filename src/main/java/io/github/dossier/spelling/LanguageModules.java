package io.github.dossier.spelling;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import java.util.List;
import java.util.Locale;

/**
 * Finds LanguageTool on the plugin's classpath without loading it. A language module (a report
 * repository adds {@code org.languagetool:language-en} or another under the plugin's
 * {@code <dependencies>}) declares itself in a properties file; only when one is there, and
 * spelling is asked for, are LanguageTool's classes loaded.
 */
final class LanguageModules {

    /** The LanguageTool version Dossier is built and tested against. */
    static final String VERSION = "6.6";

    /** Every LanguageTool language module holds this file, naming its language classes. */
    static final String MODULE_FILE = "META-INF/org/languagetool/language-module.properties";

    private LanguageModules() {
    }

    /** Whether a language module is on {@code loader}'s classpath. */
    static boolean available(ClassLoader loader) {
        return loader.getResource(MODULE_FILE) != null;
    }

    /** {@code language-en} for {@code en-GB}, {@code language-de} for {@code de}; English without a tag. */
    static String artifactFor(String tag) {
        String language = tag.isBlank() ? "en" : tag.strip().split("-")[0].toLowerCase(Locale.ROOT);
        return "language-" + language;
    }

    /** The plugin dependency that provides {@code tag}, as XML to paste into the pom. */
    static String dependency(String tag) {
        return "<dependency><groupId>org.languagetool</groupId><artifactId>" + artifactFor(tag)
                + "</artifactId><version>" + VERSION + "</version></dependency>";
    }

    /** The error when spelling is asked for and no module is there. */
    static Problem missing(String tag) {
        return Problem.error(Location.of("pom.xml"), "spelling was asked for (dossier.spelling=true), but the"
                + " plugin has no LanguageTool language module", "add it to the dossier-maven-plugin's <plugin>"
                + " element: <dependencies>" + dependency(tag) + "</dependencies> (docs/goals.md, Spelling and"
                + " grammar)");
    }

    /** Opens the checker: loads LanguageTool, which is on the classpath (see {@link #available}). */
    static Checker open(String tag, Location tagAt, List<String> words, java.util.Set<String> disabled,
            io.github.dossier.problem.Problems problems) {
        return LanguageToolChecker.open(tag, tagAt, words, disabled, problems);
    }
}

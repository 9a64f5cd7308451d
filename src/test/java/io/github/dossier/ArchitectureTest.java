package io.github.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout is a map (docs and README, "Code layout"): a Maven-free core, Mojos that only
 * adapt Maven to it, one document model and one renderer package per output format. Production
 * classes only; tests may use what they like.
 */
@AnalyzeClasses(packages = "io.github.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MOJOS = "io.github.dossier.maven";
    private static final String[] FORMATS = {"markdown", "html", "pdf", "docx", "json"};

    @ArchTest
    static final ArchRule onlyTheMojosUseMavensApi = noClasses()
            .that().resideOutsideOfPackage(MOJOS)
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..",
                    "org.codehaus.plexus..", "org.sonatype.plexus..")
            .because("the core must stay usable without Maven (its resolver included); io.github.dossier.maven"
                    + " adapts it");

    @ArchTest
    static final ArchRule nothingDependsOnTheMojos = noClasses()
            .that().resideOutsideOfPackage(MOJOS)
            .should().dependOnClassesThat().resideInAPackage(MOJOS)
            .because("the Mojos are the outermost layer: they call the core, never the other way round");

    /** Every package is its own slice: {@code output} and {@code output.pdf} may not need each other. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.github.dossier.(**)").should().beFreeOfCycles()
            .because("a package that needs another, and is needed by it, is one concern split in two");

    @ArchTest
    static final ArchRule renderersSeeOnlyTheDocumentAndTheReport = noClasses()
            .that().resideInAPackage("io.github.dossier.output..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.dossier.engagement..",
                    "io.github.dossier.template..", "io.github.dossier.render..", "io.github.dossier.resolve..")
            .because("the layout is decided once, in io.github.dossier.document; a renderer that read the"
                    + " descriptor or the templates would decide it again");

    @ArchTest
    static final ArchRule theDocumentModelKnowsNoFormat = noClasses()
            .that().resideInAPackage("io.github.dossier.document..")
            .should().dependOnClassesThat().resideInAPackage("io.github.dossier.output..")
            .because("formats render the document, not the other way round");

    @ArchTest
    static final ArchRule markdownUsesNoOtherFormat = independent("markdown");

    @ArchTest
    static final ArchRule htmlUsesNoOtherFormat = independent("html");

    @ArchTest
    static final ArchRule pdfUsesOnlyTheHtmlFormat = independent("pdf");

    @ArchTest
    static final ArchRule docxUsesNoOtherFormat = independent("docx");

    @ArchTest
    static final ArchRule jsonUsesNoOtherFormat = independent("json");

    /**
     * A format package uses no other, but for the PDF, which is laid out from the HTML page; and
     * none uses the dispatcher in {@code output}, which uses them.
     */
    private static ArchRule independent(String format) {
        java.util.List<String> others = new java.util.ArrayList<>(java.util.List.of("io.github.dossier.output"));
        for (String other : FORMATS) {
            if (!other.equals(format) && !(format.equals("pdf") && other.equals("html"))) {
                others.add("io.github.dossier.output." + other + "..");
            }
        }
        return noClasses().that().resideInAPackage("io.github.dossier.output." + format + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .because("a format is one renderer package over the document, so adding one touches no other");
    }

    @ArchTest
    static final ArchRule onlyOneClassUsesLanguageTool = noClasses()
            .that().doNotHaveFullyQualifiedName("io.github.dossier.spelling.LanguageToolChecker")
            .should().dependOnClassesThat().resideInAnyPackage("org.languagetool..")
            .because("LanguageTool is not shipped with the plugin: it is loaded only when a report repository adds a"
                    + " language module and spelling is asked for, so nothing else may touch its classes");
}

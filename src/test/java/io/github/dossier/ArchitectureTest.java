package io.github.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package layout is a map (STYLE.md): a Maven-free core, and Mojos that only adapt Maven to
 * it. Production classes only; tests may use what they like.
 */
@AnalyzeClasses(packages = "io.github.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MOJOS = "io.github.dossier.maven";

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

    @ArchTest
    static final ArchRule onlyOneClassUsesLanguageTool = noClasses()
            .that().doNotHaveFullyQualifiedName("io.github.dossier.spelling.LanguageToolChecker")
            .should().dependOnClassesThat().resideInAnyPackage("org.languagetool..")
            .because("LanguageTool is not shipped with the plugin: it is loaded only when a report repository adds a"
                    + " language module and spelling is asked for, so nothing else may touch its classes");
}

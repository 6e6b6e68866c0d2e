package org.pulsewall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "org.pulsewall", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyScreensTouchJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.pulsewall.scene..", "org.pulsewall.wall..", "org.pulsewall.map..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "eu.hansolo..", "org.controlsfx..",
                    "com.dlsc..")
            .because("only scene, wall and map build JavaFX nodes; everything else runs without a display");

    @ArchTest
    static final ArchRule modelDoesNotKnowTheScreens = noClasses()
            .that().resideInAnyPackage("org.pulsewall.config..", "org.pulsewall.feed..", "org.pulsewall.moderation..",
                    "org.pulsewall.enrich..", "org.pulsewall.analytics..", "org.pulsewall.playlist..",
                    "org.pulsewall.relay..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pulsewall.scene..", "org.pulsewall.wall..",
                    "org.pulsewall.map..", "org.pulsewall.ops..")
            .because("the model publishes snapshots; screens read them, never the other way round");

    @ArchTest
    static final ArchRule configDependsOnNoCapability = noClasses()
            .that().resideInAPackage("org.pulsewall.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pulsewall.feed..", "org.pulsewall.enrich..",
                    "org.pulsewall.analytics..")
            .because("checks of other capabilities reach config as functions (ConfigChecks)");

    @ArchTest
    static final ArchRule nobodyWritesToStandardOut = noClasses()
            .that().doNotHaveFullyQualifiedName("org.pulsewall.Main")
            .and().resideOutsideOfPackage("org.pulsewall")
            .should().accessField(System.class, "out")
            .because("diagnostics go through SLF4J; only the command line prints results");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.pulsewall.(*)..")
            .should().beFreeOfCycles()
            .because("a capability that is used by what it uses cannot be changed, tested or understood alone");
}

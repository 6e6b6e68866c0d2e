package org.pulsewall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
                    "org.pulsewall.enrich..", "org.pulsewall.analytics..", "org.pulsewall.outage..",
                    "org.pulsewall.noise..", "org.pulsewall.playlist..", "org.pulsewall.relay..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pulsewall.scene..", "org.pulsewall.wall..",
                    "org.pulsewall.map..", "org.pulsewall.ops..")
            .because("the model publishes snapshots; screens read them, never the other way round");

    @ArchTest
    static final ArchRule configDependsOnNoCapability = noClasses()
            .that().resideInAPackage("org.pulsewall.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pulsewall.feed..", "org.pulsewall.enrich..",
                    "org.pulsewall.analytics..", "org.pulsewall.outage..", "org.pulsewall.moderation..",
                    "org.pulsewall.noise..")
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

    /**
     * The direction of docs/architecture.md, bottom to top: a layer uses only layers below it. The
     * command line (the root package) is the top and may use all.
     */
    @ArchTest
    static final ArchRule layersUseOnlyLayersBelowThem = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("commands").definedBy("org.pulsewall")
            .layer("bench").definedBy("org.pulsewall.bench..", "org.pulsewall.demo..")
            .layer("wall").definedBy("org.pulsewall.wall..")
            .layer("map").definedBy("org.pulsewall.map..")
            .layer("scene").definedBy("org.pulsewall.scene..")
            .layer("ops").definedBy("org.pulsewall.ops..")
            .layer("power").definedBy("org.pulsewall.power..")
            .layer("incident").definedBy("org.pulsewall.incident..", "org.pulsewall.relay..")
            .layer("analysis").definedBy("org.pulsewall.analytics..", "org.pulsewall.outage..",
                    "org.pulsewall.moderation..")
            .layer("text").definedBy("org.pulsewall.enrich..", "org.pulsewall.noise..", "org.pulsewall.legibility..")
            .layer("feed").definedBy("org.pulsewall.feed..")
            .layer("config").definedBy("org.pulsewall.config..")
            .layer("playlist").definedBy("org.pulsewall.playlist..")
            .layer("threads").definedBy("org.pulsewall.threads..")
            .whereLayer("commands").mayNotBeAccessedByAnyLayer()
            .whereLayer("bench").mayOnlyBeAccessedByLayers("commands")
            .whereLayer("wall").mayOnlyBeAccessedByLayers("commands")
            .whereLayer("map").mayOnlyBeAccessedByLayers("commands", "wall")
            .whereLayer("scene").mayOnlyBeAccessedByLayers("commands", "wall", "map")
            .whereLayer("ops").mayOnlyBeAccessedByLayers("commands", "wall")
            .whereLayer("power").mayOnlyBeAccessedByLayers("commands", "wall", "ops")
            .whereLayer("incident").mayOnlyBeAccessedByLayers("commands", "bench", "wall", "ops")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("commands", "bench", "wall", "map", "scene", "ops",
                    "incident")
            .whereLayer("text").mayOnlyBeAccessedByLayers("commands", "bench", "wall", "map", "scene", "ops",
                    "incident", "analysis")
            .whereLayer("feed").mayOnlyBeAccessedByLayers("commands", "bench", "wall", "map", "scene", "ops",
                    "incident", "analysis", "text")
            .whereLayer("config").mayOnlyBeAccessedByLayers("commands", "bench", "wall", "map", "scene", "ops", "power",
                    "incident", "analysis", "text", "feed")
            .whereLayer("playlist").mayOnlyBeAccessedByLayers("commands", "bench", "wall", "map", "scene", "ops", "power",
                    "incident", "analysis", "text", "feed", "config")
            .whereLayer("threads").mayNotAccessAnyLayer()
            .because("docs/architecture.md: the model never knows the screens, config knows no capability");

    @ArchTest
    static final ArchRule benchmarksLiveInBench = classes().that().haveSimpleNameEndingWith("Benchmark")
            .should().resideInAPackage("org.pulsewall.bench")
            .because("what measures the player is kept apart from what plays");
}

package io.coastwatch.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module and package directions of ARCHITECTURE.md, held by the build. Rules about modules
 * that do not exist yet pass vacuously until they do.
 */
@AnalyzeClasses(packages = "io.coastwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule aisCodecUsesTheJdkOnly = classes()
            .that().resideInAPackage("io.coastwatch.ais..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.coastwatch.ais..", "java..")
            .because("the AIS codec is a JDK-only library (ARCHITECTURE.md, modules)");

    @ArchTest
    static final ArchRule aisPackagesHaveNoCycles = slices()
            .matching("io.coastwatch.ais.(**)")
            .should().beFreeOfCycles();

    /**
     * No cycles between the engine's packages (each package, subpackages apart, is a slice): the rule
     * engine, for one, runs rules it does not know (rule.zone and rule.behaviour depend on rule, not back).
     */
    @ArchTest
    static final ArchRule enginePackagesHaveNoCycles = slices()
            .matching("io.coastwatch.engine.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineKnowsNothingOfTheApplication = noClasses()
            .that().resideInAPackage("io.coastwatch.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.coastwatch.server..", "io.coastwatch.store..", "io.coastwatch.sim..",
                    "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql..")
            .allowEmptyShould(true)
            .because("the engine runs unchanged in a test, a benchmark or a Kafka consumer");

    @ArchTest
    static final ArchRule storeDoesNotReachUp = noClasses()
            .that().resideInAPackage("io.coastwatch.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.server..", "io.coastwatch.sim..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule simulatorUsesCodecAndGeometryOnly = noClasses()
            .that().resideInAPackage("io.coastwatch.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.server..", "io.coastwatch.store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnBenchmarks = noClasses()
            .that().resideOutsideOfPackage("io.coastwatch.bench..")
            .should().dependOnClassesThat().resideInAPackage("io.coastwatch.bench..");
}

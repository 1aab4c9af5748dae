package io.coastwatch.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module directions of {@code docs/architecture.md} (Modules) and {@code docs/development.md},
 * held by the build, and no package cycles in any module. Every rule must match classes (ArchUnit's
 * default {@code failOnEmptyShould}): a renamed package fails the build instead of passing unchecked.
 */
@AnalyzeClasses(packages = "io.coastwatch",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /**
     * Leaves out the other modules' test jars (the store's contract tests reach the server's tests as a
     * {@code test-jar}, which {@link ImportOption.DoNotIncludeTests} does not recognise): the rules
     * are about the product's classes.
     */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String[] SPRING_SERVLET_OR_SQL = {
        "org.springframework..", "jakarta.servlet..", "java.sql..", "javax.sql.."};

    @ArchTest
    static final ArchRule aisCodecUsesTheJdkOnly = classes()
            .that().resideInAPackage("io.coastwatch.ais..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.coastwatch.ais..", "java..")
            .because("the AIS codec is a JDK-only library (docs/architecture.md, Modules)");

    @ArchTest
    static final ArchRule engineKnowsNothingOfTheApplication = noClasses()
            .that().resideInAPackage("io.coastwatch.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.operations..", "io.coastwatch.server..",
                    "io.coastwatch.store..", "io.coastwatch.sim..")
            .orShould().dependOnClassesThat().resideInAnyPackage(SPRING_SERVLET_OR_SQL)
            .because("the engine runs unchanged in a test, a benchmark or a Kafka consumer");

    @ArchTest
    static final ArchRule operationsArePlainJavaOnTheEngine = noClasses()
            .that().resideInAPackage("io.coastwatch.operations..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.server..", "io.coastwatch.store..",
                    "io.coastwatch.sim..")
            .orShould().dependOnClassesThat().resideInAnyPackage(SPRING_SERVLET_OR_SQL)
            .because("the command's work is plain Java: its repositories are ports the store implements");

    @ArchTest
    static final ArchRule documentsKnowNothingOfCoastwatch = noClasses()
            .that().resideInAPackage("io.coastwatch.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.ais..", "io.coastwatch.engine..",
                    "io.coastwatch.operations..", "io.coastwatch.store..", "io.coastwatch.server..",
                    "io.coastwatch.sim..")
            .orShould().dependOnClassesThat().resideInAnyPackage(SPRING_SERVLET_OR_SQL)
            .because("the document kit is a plain library: its callers turn their own records into a document");

    @ArchTest
    static final ArchRule onlyTheStoreAndTheServerUseTheOperations = noClasses()
            .that().resideOutsideOfPackages("io.coastwatch.operations..", "io.coastwatch.store..",
                    "io.coastwatch.server..", "io.coastwatch.bench..")
            .should().dependOnClassesThat().resideInAPackage("io.coastwatch.operations..")
            .because("the operations sit above the engine: the store implements their ports, the server runs them");

    @ArchTest
    static final ArchRule storeDoesNotReachUp = noClasses()
            .that().resideInAPackage("io.coastwatch.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.server..", "io.coastwatch.sim..");

    @ArchTest
    static final ArchRule simulatorIsIndependentOfTheSystemItTests = noClasses()
            .that().resideInAPackage("io.coastwatch.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("io.coastwatch.engine..", "io.coastwatch.operations..",
                    "io.coastwatch.store..", "io.coastwatch.server..")
            .because("the simulator's ground truth is an oracle: it computes with its own geometry, not the engine's");

    @ArchTest
    static final ArchRule nothingDependsOnBenchmarks = noClasses()
            .that().resideOutsideOfPackage("io.coastwatch.bench..")
            .should().dependOnClassesThat().resideInAPackage("io.coastwatch.bench..");

    @ArchTest
    static final ArchRule aisPackagesHaveNoCycles = noCyclesIn("ais");

    /**
     * No cycles between the engine's packages: the rule engine, for one, runs rules it does not know
     * (rule.zone and rule.behaviour depend on rule, not back).
     */
    @ArchTest
    static final ArchRule enginePackagesHaveNoCycles = noCyclesIn("engine");

    @ArchTest
    static final ArchRule operationsPackagesHaveNoCycles = noCyclesIn("operations");

    @ArchTest
    static final ArchRule documentsPackagesHaveNoCycles = noCyclesIn("documents");

    @ArchTest
    static final ArchRule storePackagesHaveNoCycles = noCyclesIn("store");

    @ArchTest
    static final ArchRule simulatorPackagesHaveNoCycles = noCyclesIn("sim");

    /** The shared {@code server.api} is used by the features, never the other way round. */
    @ArchTest
    static final ArchRule serverPackagesHaveNoCycles = noCyclesIn("server");

    /** Each package of the module (a subpackage is a slice of its own) depends on the others without a cycle. */
    private static ArchRule noCyclesIn(String module) {
        return slices().matching("io.coastwatch." + module + ".(**)").should().beFreeOfCycles();
    }
}

package org.tradescreen.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph as the architecture describes it (docs/architecture.md), checked on the compiled classes of every
 * module this one sees: the command line above the server, the server above consignments, goods and the core; in the
 * matcher, analysis below retrieval and scoring, neither of which reaches up into the screener; and no package cycle.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tradescreen");
    }

    @Test
    void modules_dependDownwardsOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.tradescreen.cli..")
                .layer("server").definedBy("org.tradescreen.server..")
                .layer("consign").definedBy("org.tradescreen.consign..")
                .layer("goods").definedBy("org.tradescreen.goods..")
                .layer("core").definedBy("org.tradescreen.model..", "org.tradescreen.lists..", "org.tradescreen.match..",
                        "org.tradescreen.review..", "org.tradescreen.audit..", "org.tradescreen.monitor..",
                        "org.tradescreen.notify..", "org.tradescreen.report..", "org.tradescreen.io..",
                        "org.tradescreen.settings..", "org.tradescreen.workspace..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("consign").mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("goods").mayOnlyBeAccessedByLayers("consign", "server", "cli")
                .check(classes);
    }

    @Test
    void theMatcher_analysisBelowRetrievalAndScoring_noneReachingUpIntoTheScreener() {
        noClasses().that().resideInAnyPackage("org.tradescreen.match.normalize..", "org.tradescreen.match.phonetic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tradescreen.match.index..",
                        "org.tradescreen.match.score..")
                .check(classes);
        noClasses().that().resideInAPackage("org.tradescreen.match.score..")
                .should().dependOnClassesThat().resideInAPackage("org.tradescreen.match.index..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.tradescreen.match.index..", "org.tradescreen.match.score..",
                        "org.tradescreen.match.normalize..", "org.tradescreen.match.phonetic..")
                .should().dependOnClassesThat().resideInAPackage("org.tradescreen.match")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.tradescreen.(**)").should().beFreeOfCycles().check(classes);
    }
}

package dev.involution.arena.engine;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/**
 * The engine is the functional core: no Akka, no I/O, no wall clock, nothing from the outer layers.
 * Its one library is OpenSkill (pure arithmetic) for the rating package.
 */
class EngineArchitectureTest {
    private static final String ENGINE_PACKAGE = "dev.involution.arena.engine..";
    private static final String OPENSKILL = "com.pocketcombats.openskill..";
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.involution.arena.engine");

    @Test
    void theEngineImportsNothingFromAkka() {
        noClasses().that().resideInAPackage(ENGINE_PACKAGE)
                .should().dependOnClassesThat().resideInAnyPackage("akka..", "scala..", "com.typesafe..")
                .check(ENGINE);
    }

    @Test
    void theEngineDependsOnlyOnItselfTheJavaCoreAndOpenSkill() {
        classes().that().resideInAPackage(ENGINE_PACKAGE)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(ENGINE_PACKAGE, "java.lang..", "java.util..", OPENSKILL)
                .check(ENGINE);
    }

    @Test
    void openSkillItselfIsPureArithmetic() {
        // its records are Serializable; that is the only java.io type it may name
        classes().should().onlyDependOnClassesThat(
                        resideInAnyPackage(OPENSKILL, "java.lang..", "java.util..")
                                .or(belongToAnyOf(Serializable.class)))
                .check(new ClassFileImporter().importPackages("com.pocketcombats.openskill"));
    }

    @Test
    void onlyTheRatingPackageUsesOpenSkill() {
        noClasses().that().resideInAPackage(ENGINE_PACKAGE)
                .and().resideOutsideOfPackage("dev.involution.arena.engine.rating..")
                .should().dependOnClassesThat().resideInAPackage(OPENSKILL)
                .check(ENGINE);
    }

    @Test
    void theEngineDoesNoIoAndReadsNoClock() {
        noClasses().that().resideInAPackage(ENGINE_PACKAGE)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.time..", "java.util.concurrent..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .check(ENGINE);
    }
}

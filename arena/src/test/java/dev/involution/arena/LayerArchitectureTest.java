package dev.involution.arena;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The actor shell knows nothing of the HTTP edge: the packages of the entities and bots import
 * nothing from Akka HTTP or from {@code dev.involution.arena.http} (routes, streams, problem+json,
 * request validation). The edge depends on the actors, never the other way round; the feature
 * modules that wire both ({@link MatchModule}, {@link TournamentModule}, and {@link Arena} for
 * players) live in this package, the composition root. See {@code EngineArchitectureTest} for the
 * engine's own rules.
 */
class LayerArchitectureTest {
    private static final String[] ACTOR_PACKAGES = {
        "dev.involution.arena.match..",
        "dev.involution.arena.tournament..",
        "dev.involution.arena.player..",
        "dev.involution.arena.house.."
    };
    private static final JavaClasses ARENA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.involution.arena");

    @Test
    void theActorPackagesImportNothingFromTheHttpEdge() {
        noClasses().that().resideInAnyPackage(ACTOR_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("akka.http..", "dev.involution.arena.http..")
                .check(ARENA);
    }

    @Test
    void theActorPackagesLeaveWiringToTheModules() {
        // the modules, their context and the arena hold routes; the root's shared pieces
        // (CborSerializable, ArenaLifecycle, ...) are fair game
        noClasses().that().resideInAnyPackage(ACTOR_PACKAGES)
                .should().dependOnClassesThat(assignableTo(ArenaModule.class)
                        .or(belongToAnyOf(ArenaContext.class, ArenaModules.class, Arena.class)))
                .check(ARENA);
    }
}

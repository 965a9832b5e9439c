package dev.involution.arena.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.MatchFiller;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold on every journal database: a match comes back after a restart exactly as it was,
 * from its latest snapshot (every 1,000 events) and the events after it, found by
 * {@link ArenaJournalDao}'s search for the highest sequence number from the snapshot on.
 */
abstract class MatchRecoveryContract {

    /** The settings that put the journal on the database under test. */
    abstract UnaryOperator<ArenaSettings> database();

    @Test
    void matchesComeBackFromTheirSnapshotAndTheEventsAfterIt() throws Exception {
        RunningArena arena = RunningArena.start(
                settings -> database().apply(settings).with("arena.demo.enabled", false), ArenaModules.standard());
        try {
            MatchFiller filler = new MatchFiller(arena.arena().system(), 4, 200, true, line -> { });
            // No event after the last snapshot; 345 after it; no snapshot at all.
            List<MatchFiller.Filled> matches = List.of(
                    filler.fill("at-snapshot", 2_000),
                    filler.fill("after-snapshot", 2_345),
                    filler.fill("before-snapshot", 999));

            arena = arena.restart();

            for (MatchFiller.Filled match : matches) {
                JsonNode details = json(arena.get("/api/matches/" + match.matchId()));
                assertThat(details.get("seq").asLong()).as(match.matchId()).isEqualTo(match.events());
                assertThat(details.get("stateHash").asLong()).as(match.matchId()).isEqualTo(match.stateHash());
            }
        } finally {
            arena.close();
        }
    }
}

package dev.involution.arena.journal;

import akka.actor.typed.ActorSystem;
import akka.persistence.jdbc.db.SlickExtension;
import akka.persistence.jdbc.db.SlickExtensionImpl;
import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.MatchFiller;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold on every journal database: a match comes back after a restart exactly as it was,
 * from its latest snapshot (every 1,000 events while its book is small) and the events after it,
 * found by {@link ArenaJournalDao}'s search for the highest sequence number from the snapshot on;
 * only the last two snapshots are kept.
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
            // No event after the last snapshot; 345 after it; no snapshot at all; a snapshot at
            // 3,000 that holds some 1,100 resting bids (RestingOrderFormat), 345 events after it.
            List<MatchFiller.Filled> matches = List.of(
                    filler.fill("at-snapshot", 2_000),
                    filler.fill("after-snapshot", 2_345),
                    filler.fill("before-snapshot", 999),
                    filler.leavingResting(1_500).fill("resting-book", 3_345));

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

    @Test
    void onlyTheLastTwoSnapshotsAreKept() throws Exception {
        RunningArena arena = RunningArena.start(
                settings -> database().apply(settings).with("arena.demo.enabled", false), ArenaModules.standard());
        try {
            ActorSystem<?> system = arena.arena().system();
            new MatchFiller(system, 4, 200, true, line -> { }).fill("five-snapshots", 5_000);

            // A snapshot is due at each 1,000th event and handed to the store after the write that
            // holds it (the match does not wait for it); the deletions are sent after each snapshot
            // is saved and done by the store later.
            String persistenceId = MatchEntity.persistenceId("five-snapshots");
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
            List<Long> now = snapshots(system, persistenceId);
            while ((now.size() != 2 || now.get(1) != 5_000L) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
                now = snapshots(system, persistenceId);
            }
            List<Long> kept = snapshots(system, persistenceId);
            assertThat(kept).hasSize(2).last().isEqualTo(5_000L);
            assertThat(kept.get(0)).isBetween(4_000L, 4_999L);
        } finally {
            arena.close();
        }
    }

    private static List<Long> snapshots(ActorSystem<?> system, String persistenceId) throws SQLException {
        SlickExtensionImpl slick = (SlickExtensionImpl) SlickExtension.get(system.classicSystem());
        try (Connection connection = slick.database(system.settings().config().getConfig("jdbc-snapshot-store"))
                .database().source().createConnection();
             PreparedStatement select = connection.prepareStatement("SELECT \"sequence_number\" FROM \"snapshot\""
                     + " WHERE \"persistence_id\" = ? ORDER BY \"sequence_number\"")) {
            select.setString(1, persistenceId);
            List<Long> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }
}

package dev.involution.arena.match;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Adapter;
import akka.pattern.Patterns;
import akka.persistence.Persistence;
import akka.persistence.SaveSnapshotSuccess;
import akka.persistence.SnapshotMetadata;
import akka.persistence.SnapshotProtocol;
import akka.persistence.SnapshotSelectionCriteria;
import com.typesafe.config.ConfigFactory;
import java.time.Clock;
import java.time.Duration;

/**
 * A match's snapshots, saved beside its writes rather than in their way: when a write holds an
 * event the {@link SnapshotSchedule} calls for, the state after that write is copied
 * ({@link MatchSnapshotAdapter}, on the entity's thread) and handed to the snapshot store, and the
 * match goes on at once. Left to Akka, a snapshot held the match's replies and its stream until
 * the store had saved it, and stashed its commands meanwhile: 35 ms at a match's second snapshot,
 * 166–232 ms at the first in a node (docs/BENCHMARKS.md). Once the store reports a snapshot saved
 * ({@link MatchEntity.SnapshotStored}), the older ones the schedule lets go are deleted; a failed
 * save is logged and changes nothing (recovery uses the snapshot before it and more events).
 */
final class MatchSnapshots {
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final String persistenceId;
    private final akka.actor.ActorRef store;
    private final akka.actor.ActorRef ignored;
    private final Clock clock;
    private final SnapshotSchedule schedule;

    MatchSnapshots(ActorSystem<?> system, String persistenceId, String storePluginId, Clock clock) {
        this.persistenceId = persistenceId;
        this.store = Persistence.get(Adapter.toClassic(system)).snapshotStoreFor(storePluginId, ConfigFactory.empty());
        this.ignored = Adapter.toClassic(system.ignoreRef());
        this.clock = clock;
        this.schedule = new SnapshotSchedule(this::deleteUpTo);
    }

    /**
     * After a write of the events numbered {@code first} to {@code last}: if any of them is due for
     * a snapshot, the state after the write ({@code state}) is saved at {@code last}.
     */
    void written(ActorContext<MatchEntity.Command> ctx, MatchState state, long first, long last) {
        int resting = state.market() == null ? 0 : state.market().book().size();
        boolean due = false;
        for (long n = first; n <= last; n++) {
            due |= schedule.due(n, resting);
        }
        if (!due) {
            return;
        }
        SnapshotMetadata metadata = new SnapshotMetadata(persistenceId, last, clock.millis());
        Object data = MatchSnapshotAdapter.INSTANCE.toJournal(state);
        ctx.pipeToSelf(Patterns.ask(store, new SnapshotProtocol.SaveSnapshot(metadata, data), STORE_TIMEOUT),
                (reply, failure) -> new MatchEntity.SnapshotStored(last,
                        reply instanceof SaveSnapshotSuccess ? null : String.valueOf(failure != null ? failure : reply)));
    }

    /** The store's answer: a snapshot saved lets older ones go; a failure is only logged. */
    void stored(MatchEntity.SnapshotStored stored, org.slf4j.Logger log) {
        if (stored.failure() == null) {
            schedule.saved(stored.sequenceNr());
        } else {
            log.warn("Saving the snapshot of {} at {} failed: {}", persistenceId, stored.sequenceNr(), stored.failure());
        }
    }

    private void deleteUpTo(long upToSequenceNr) {
        store.tell(new SnapshotProtocol.DeleteSnapshots(persistenceId,
                SnapshotSelectionCriteria.create(upToSequenceNr, Long.MAX_VALUE)), ignored);
    }
}

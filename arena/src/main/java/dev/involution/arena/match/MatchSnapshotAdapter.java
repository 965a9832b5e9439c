package dev.involution.arena.match;

import akka.persistence.typed.SnapshotAdapter;

/**
 * Takes a match's snapshot as a detached copy ({@link MatchState.Data}) on the entity's own thread.
 * The live state is mutable (the engine's market changes in place), and the snapshot store
 * serializes on a thread of its own while the match goes on taking orders: handing it the live
 * state would let it write a market caught halfway through later commands, a snapshot that
 * replays to a different state.
 */
final class MatchSnapshotAdapter implements SnapshotAdapter<MatchState> {
    static final MatchSnapshotAdapter INSTANCE = new MatchSnapshotAdapter();

    private MatchSnapshotAdapter() {
    }

    @Override
    public Object toJournal(MatchState state) {
        return state.toData();
    }

    /** Reads a snapshot: the detached data, or a whole state as snapshots were stored before. */
    @Override
    public MatchState fromJournal(Object from) {
        return from instanceof MatchState state ? state : MatchState.fromData((MatchState.Data) from);
    }
}

package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.book.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot is a copy: what the match does after taking it does not change it. */
class MatchSnapshotAdapterTest {

    private static MatchState runningMatch() {
        MatchSettings settings = new MatchSettings("test", 600_000, 42, List.of(), "laissez-faire", null, false,
                MarketConfig.defaults().withRounds(5).withMaxFirms(4));
        MatchState state = new MatchState("m");
        state.apply(new MatchEvent.MatchCreated(1, 0, "m", settings));
        state.apply(new MatchEvent.SeatTaken(2, 0, new SeatHolder(0, "alice", "Alice", SeatKind.PLAYER, null), null));
        state.apply(new MatchEvent.SeatTaken(3, 0, new SeatHolder(1, "bob", "Bob", SeatKind.PLAYER, null), null));
        state.apply(new MatchEvent.MatchStarted(4, 0, 600_000));
        state.placeOrderLive(1, 0, Side.BUY, 100, 3, "a1");
        return state;
    }

    @Test
    void aSnapshotDoesNotChangeWhenTheMatchGoesOn() {
        MatchState state = runningMatch();
        Object snapshot = MatchSnapshotAdapter.INSTANCE.toJournal(state);
        Object copy = MatchSnapshotAdapter.INSTANCE.toJournal(state);

        state.placeOrderLive(2, 1, Side.BUY, 200, 5, "b1");
        state.placeOrderLive(3, 0, Side.BUY, 300, 7, "a2");

        assertThat(snapshot).isEqualTo(copy).isNotSameAs(state);
        assertThat(MatchSnapshotAdapter.INSTANCE.toJournal(state)).isNotEqualTo(snapshot);
        MatchState restored = MatchSnapshotAdapter.INSTANCE.fromJournal(snapshot);
        assertThat(restored.seq()).isEqualTo(5);
        assertThat(restored.market().stateHash()).isNotEqualTo(state.market().stateHash());
    }

    @Test
    void aRestoredSnapshotIsTheSameMatch() {
        MatchState state = runningMatch();

        MatchState restored = MatchSnapshotAdapter.INSTANCE.fromJournal(MatchSnapshotAdapter.INSTANCE.toJournal(state));

        assertThat(restored.market().stateHash()).isEqualTo(state.market().stateHash());
        assertThat(restored.seq()).isEqualTo(state.seq());
        assertThat(restored.keyed(MatchState.orderKey(0, "a1"))).isEqualTo(state.keyed(MatchState.orderKey(0, "a1")));
    }

    @Test
    void snapshotsStoredAsAWholeStateStillLoad() {
        MatchState state = runningMatch();

        assertThat(MatchSnapshotAdapter.INSTANCE.fromJournal(state)).isSameAs(state);
    }
}

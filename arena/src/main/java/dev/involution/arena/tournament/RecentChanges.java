package dev.involution.arena.tournament;

import dev.involution.bots.api.TournamentDelta;
import dev.involution.bots.api.TournamentView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A tournament's last published view and the deltas that led to it, the newest {@code capacity}
 * of them, kept by the entity (in memory: after a restart the history starts again) so that a
 * stream client that reconnects with the {@code seq} it had gets only what it missed.
 */
final class RecentChanges {
    private final int capacity;
    private final ArrayDeque<TournamentDelta> deltas = new ArrayDeque<>();
    private TournamentView last;

    RecentChanges(int capacity) {
        this.capacity = capacity;
    }

    /** Takes the new view; the delta from the previous one if there was one and the view is newer. */
    Optional<TournamentDelta> next(TournamentView view) {
        TournamentView before = last;
        if (before != null && view.seq() <= before.seq()) {
            return Optional.empty();
        }
        last = view;
        if (before == null) {
            return Optional.empty();
        }
        TournamentDelta delta = TournamentDeltas.between(before, view);
        deltas.addLast(delta);
        if (deltas.size() > capacity) {
            deltas.removeFirst();
        }
        return Optional.of(delta);
    }

    /** What a stream client at {@code since} needs (see {@link TournamentEntity.GetChanges}). */
    TournamentEntity.Changes changes(TournamentState state, long since) {
        return (since < 0 ? Optional.<List<TournamentDelta>>empty() : since(since))
                .map(deltas -> new TournamentEntity.Changes(state.seq(), null, deltas))
                .orElseGet(() -> new TournamentEntity.Changes(state.seq(), TournamentViews.view(state), List.of()));
    }

    /**
     * The deltas after the view at {@code seq}, oldest first (empty when {@code seq} is the last
     * view's), or nothing when they are no longer all kept (or {@code seq} was never a view's).
     */
    Optional<List<TournamentDelta>> since(long seq) {
        if (last != null && seq == last.seq()) {
            return Optional.of(List.of());
        }
        List<TournamentDelta> out = new ArrayList<>();
        Iterator<TournamentDelta> newestFirst = deltas.descendingIterator();
        while (newestFirst.hasNext()) {
            TournamentDelta d = newestFirst.next();
            out.add(0, d);
            if (d.prev() == seq) {
                return Optional.of(out);
            }
            if (d.prev() < seq) {
                break;
            }
        }
        return Optional.empty();
    }
}

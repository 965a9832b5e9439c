package dev.involution.arena.match;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last refusals of each player in one match, for a bot author to see why orders and decisions
 * were refused. Kept in memory by the match's incarnation, not in its history (a refusal changes
 * nothing): a restart of the match starts it empty.
 */
final class RefusalLog {
    static final int KEPT_PER_PLAYER = 100;

    private final Map<String, Deque<MatchEntity.Refusal>> byPlayer = new HashMap<>();

    void note(String playerId, MatchEntity.Refusal entry) {
        Deque<MatchEntity.Refusal> entries = byPlayer.computeIfAbsent(playerId, id -> new ArrayDeque<>());
        if (entries.size() == KEPT_PER_PLAYER) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** The player's refusals, oldest first. */
    List<MatchEntity.Refusal> of(String playerId) {
        Deque<MatchEntity.Refusal> entries = byPlayer.get(playerId);
        return entries == null ? List.of() : List.copyOf(entries);
    }
}

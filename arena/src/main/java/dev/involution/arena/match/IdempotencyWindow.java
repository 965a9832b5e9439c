package dev.involution.arena.match;

import java.util.HashMap;
import java.util.Map;

/**
 * What a match remembers of client order ids and Idempotency-Keys so that a retry gets the original
 * answer: the keys used in the current round and in the previous one, no more. When a round is
 * settled the previous round's keys are forgotten, so what a match holds (and writes into every
 * snapshot) is bounded by two rounds of requests, whatever the match's age; a firm may use at most
 * {@link #MAX_ORDER_IDS_PER_ROUND} client order ids a round, which bounds a round too.
 *
 * <p>A retry of an order older than this window is not recognised here; the order request's
 * {@code round} is what refuses it (an order meant for a round that is over is never placed).
 */
final class IdempotencyWindow {
    /** Client order ids a firm may use in one round; an order with a new id beyond that is refused. */
    static final int MAX_ORDER_IDS_PER_ROUND = 5_000;

    private Map<String, MatchState.KeyedResult> current = new HashMap<>();
    private Map<String, MatchState.KeyedResult> previous = new HashMap<>();
    private final Map<Integer, Integer> orderIdsThisRound = new HashMap<>();

    MatchState.KeyedResult get(String key) {
        MatchState.KeyedResult found = current.get(key);
        return found != null ? found : previous.get(key);
    }

    void put(String key, MatchState.KeyedResult result) {
        current.put(key, result);
    }

    /** Remembers a client order id of firm {@code firmId}, counted against its allowance for the round. */
    void putOrder(int firmId, String key, MatchState.KeyedResult result) {
        if (current.put(key, result) == null) {
            orderIdsThisRound.merge(firmId, 1, Integer::sum);
        }
    }

    /** Whether the firm may still use a new client order id this round. */
    boolean orderIdAllowed(int firmId) {
        return orderIdsThisRound.getOrDefault(firmId, 0) < MAX_ORDER_IDS_PER_ROUND;
    }

    /** A round was settled: its keys become the previous round's, and those of the round before are forgotten. */
    void roundSettled() {
        previous = current;
        current = new HashMap<>();
        orderIdsThisRound.clear();
    }

    int size() {
        return current.size() + previous.size();
    }

    Map<String, MatchState.KeyedResult> currentKeys() {
        return Map.copyOf(current);
    }

    Map<String, MatchState.KeyedResult> previousKeys() {
        return Map.copyOf(previous);
    }

    /** Restores a window from a snapshot ({@code previous} is null in snapshots taken before windows). */
    void restore(Map<String, MatchState.KeyedResult> currentKeys, Map<String, MatchState.KeyedResult> previousKeys) {
        current = new HashMap<>(currentKeys);
        previous = previousKeys == null ? new HashMap<>() : new HashMap<>(previousKeys);
        orderIdsThisRound.clear();
        for (String key : current.keySet()) {
            int firmId = MatchState.firmOfOrderKey(key);
            if (firmId >= 0) {
                orderIdsThisRound.merge(firmId, 1, Integer::sum);
            }
        }
    }
}

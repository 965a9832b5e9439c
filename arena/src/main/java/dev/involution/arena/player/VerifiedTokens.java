package dev.involution.arena.player;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the player of recently verified tokens, by token hash, least recently used dropped
 * first. Tokens are never revoked, so an entry stays true.
 */
final class VerifiedTokens {

    private final Map<String, String> playerByHash;

    VerifiedTokens(int capacity) {
        this.playerByHash = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<String> playerOf(String tokenHash) {
        return Optional.ofNullable(playerByHash.get(tokenHash));
    }

    synchronized void remember(String tokenHash, String playerId) {
        playerByHash.put(tokenHash, playerId);
    }
}

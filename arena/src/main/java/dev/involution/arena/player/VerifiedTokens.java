package dev.involution.arena.player;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers recently verified tokens by their hash, least recently used dropped first: whose each
 * is, and for a {@link PlayerTicket} the ticket (whose freshness the caller still checks). A token
 * seen here is known without parsing it or checking its signature again, which is most of what
 * authenticating a request costs. Tokens are never revoked, so an entry stays true.
 */
final class VerifiedTokens {

    /** A verified token's player; {@code ticket} set when it was verified by its signature. */
    record Verified(String playerId, PlayerTicket ticket) {
    }

    private final Map<String, Verified> byHash;

    VerifiedTokens(int capacity) {
        this.byHash = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Verified> of(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash));
    }

    /** A stored player's token, checked against the hash its entity keeps. */
    synchronized void rememberStored(String tokenHash, String playerId) {
        byHash.put(tokenHash, new Verified(playerId, null));
    }

    /** A ticket whose signature was checked. */
    synchronized void rememberTicket(String tokenHash, PlayerTicket ticket) {
        byHash.putIfAbsent(tokenHash, new Verified(ticket.playerId(), ticket));
    }
}

package dev.involution.arena.player;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Optional;

/**
 * Remembers recently verified tokens by their hash, the least used dropped first: whose each
 * is, and for a {@link PlayerTicket} the ticket (whose freshness the caller still checks). A token
 * seen here is known without parsing it or checking its signature again, which is most of what
 * authenticating a request costs. Tokens are never revoked, so an entry stays true. Every request
 * reads it, so it is a concurrent cache (reads take no lock), bounded by size.
 */
final class VerifiedTokens {

    /** A verified token's player; {@code ticket} set when it was verified by its signature. */
    record Verified(String playerId, PlayerTicket ticket) {
    }

    private final Cache<String, Verified> byHash;

    VerifiedTokens(int capacity) {
        this.byHash = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    Optional<Verified> of(String tokenHash) {
        return Optional.ofNullable(byHash.getIfPresent(tokenHash));
    }

    /** A stored player's token, checked against the hash its entity keeps. */
    void rememberStored(String tokenHash, String playerId) {
        byHash.put(tokenHash, new Verified(playerId, null));
    }

    /** A ticket whose signature was checked. */
    void rememberTicket(String tokenHash, PlayerTicket ticket) {
        byHash.asMap().putIfAbsent(tokenHash, new Verified(ticket.playerId(), ticket));
    }
}

package dev.involution.arena.player;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Tells whose a bearer token is: the admin's (compared in constant time with the admin token's
 * hash), a player's, or nobody's. A stored player's token is checked against the hash the player
 * entity keeps (verified tokens are remembered by hash); a {@link PlayerTicket} of a player not
 * stored yet is valid by its signature until it expires ({@link Role#EXPIRED} after that).
 */
public final class Authenticator {

    public enum Role { ADMIN, PLAYER, NONE, EXPIRED }

    /**
     * Who presented a token; {@code playerId} is set for {@link Role#PLAYER} only, {@code unstored}
     * when the player is known by its ticket and not yet stored.
     */
    public record Identity(Role role, String playerId, Unstored unstored) {
        public static final Identity ADMIN = new Identity(Role.ADMIN, null, null);
        public static final Identity NONE = new Identity(Role.NONE, null, null);
        public static final Identity EXPIRED = new Identity(Role.EXPIRED, null, null);

        public static Identity player(String playerId) {
            return new Identity(Role.PLAYER, playerId, null);
        }

        public Optional<Unstored> registration() {
            return Optional.ofNullable(unstored);
        }
    }

    /** What storing a ticket's player takes: its ticket and the hash of the token. */
    public record Unstored(PlayerTicket ticket, String tokenHash) {
    }

    private final AdminToken admin;
    private final Players players;
    private final VerifiedTokens verified;
    private final byte[] ticketKey;
    private final Duration ticketLifetime;
    private final Clock clock;

    /**
     * @param ticketLifetime how long a ticket stays valid while its player is not stored
     */
    public Authenticator(AdminToken admin, Players players, int cacheSize, Duration ticketLifetime, Clock clock) {
        this.admin = admin;
        this.players = players;
        this.verified = new VerifiedTokens(cacheSize);
        this.ticketKey = admin.ticketKey();
        this.ticketLifetime = ticketLifetime;
        this.clock = clock;
    }

    /** A token for a new registration, stored nowhere until the player first plays. */
    public String issue(String playerId, String name) {
        return new PlayerTicket(playerId, clock.instant(), name).token(ticketKey);
    }

    public Duration ticketLifetime() {
        return ticketLifetime;
    }

    public CompletionStage<Identity> identify(String token) {
        Sha256.TokenDigest digest = Sha256.ofToken(token);
        if (admin.matchesDigest(digest.bytes())) {
            return CompletableFuture.completedFuture(Identity.ADMIN);
        }
        String hash = digest.hex();
        Optional<Identity> known = verified.of(hash).flatMap(v -> identity(v, hash));
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(known.get());
        }
        Optional<PlayerToken> parsed = PlayerToken.parse(token);
        if (parsed.isEmpty()) {
            return CompletableFuture.completedFuture(Identity.NONE);
        }
        String playerId = parsed.get().playerId();
        Optional<PlayerTicket> ticket = PlayerTicket.verify(token, ticketKey)
                .filter(t -> t.playerId().equals(playerId));
        if (ticket.isPresent() && fresh(ticket.get())) {
            verified.rememberTicket(hash, ticket.get());
            return CompletableFuture.completedFuture(new Identity(Role.PLAYER, playerId, new Unstored(ticket.get(), hash)));
        }
        return players.tokenMatches(playerId, hash).thenApply(matches -> {
            if (matches) {
                verified.rememberStored(hash, playerId);
                return Identity.player(playerId);
            }
            return ticket.isPresent() ? Identity.EXPIRED : Identity.NONE;
        });
    }

    /**
     * A remembered token's identity: a stored player's, or a ticket's while it is fresh (an
     * expired ticket is looked at again: its player may be stored by now).
     */
    private Optional<Identity> identity(VerifiedTokens.Verified known, String hash) {
        if (known.ticket() == null) {
            return Optional.of(Identity.player(known.playerId()));
        }
        return fresh(known.ticket())
                ? Optional.of(new Identity(Role.PLAYER, known.playerId(), new Unstored(known.ticket(), hash)))
                : Optional.empty();
    }

    private boolean fresh(PlayerTicket ticket) {
        return clock.instant().isBefore(ticket.issued().plus(ticketLifetime));
    }

    /**
     * The client a token is already known to belong to, without asking any entity:
     * {@code admin}, {@code player:<id>} for a recently verified token or a valid ticket, else empty.
     */
    public Optional<String> knownClient(String token) {
        Sha256.TokenDigest digest = Sha256.ofToken(token);
        if (admin.matchesDigest(digest.bytes())) {
            return Optional.of("admin");
        }
        String hash = digest.hex();
        Optional<String> known = verified.of(hash).flatMap(v -> identity(v, hash)).map(Identity::playerId);
        if (known.isEmpty() && PlayerToken.parse(token).isPresent()) {
            Optional<PlayerTicket> ticket = PlayerTicket.verify(token, ticketKey).filter(this::fresh);
            ticket.ifPresent(t -> verified.rememberTicket(hash, t));
            known = ticket.map(PlayerTicket::playerId);
        }
        return known.map(playerId -> "player:" + playerId);
    }
}

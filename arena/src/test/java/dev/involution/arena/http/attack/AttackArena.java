package dev.involution.arena.http.attack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import dev.involution.arena.testkit.OpenApiDocument;
import dev.involution.arena.testkit.RunningArena;

import java.util.List;
import java.util.function.UnaryOperator;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;

/**
 * The target of the attack suite: a real arena on a random port (no demo match) with a match in
 * play (Alice and Bob seated, Carol registered without a seat) and an open tournament, and the
 * OpenAPI document it serves, from which the attacks take their routes.
 */
final class AttackArena implements AutoCloseable {

    final RunningArena arena;
    final MatchClient api;
    final OpenApiDocument document;
    final String admin;
    final RunningArena.Registered alice;
    final RunningArena.Registered bob;
    final RunningArena.Registered carol;
    final String matchId;
    final String tournamentId;

    private AttackArena(UnaryOperator<ArenaSettings> customize) {
        arena = RunningArena.start(settings -> customize.apply(settings.with("arena.demo.enabled", false)),
                ArenaModules.standard());
        api = MatchClient.of(arena);
        document = OpenApiDocument.parse(expect(200, api.call("GET", "/api/openapi.yaml", null, null)).body());
        admin = arena.savedAdminToken();
        alice = api.register("Alice");
        bob = api.register("Bob");
        carol = api.register("Carol");
        matchId = api.createMatch(admin, MatchInPlay.LONG_ROUNDS);
        api.join(alice.token(), matchId);
        api.join(bob.token(), matchId);
        api.control(admin, matchId, "start");
        JsonNode tournament = json(expect(201, api.call("POST", "/api/tournaments", admin, "{\"name\":\"Attack cup\"}")));
        tournamentId = tournament.path("summary").path("tournamentId").asText();
    }

    static AttackArena start(UnaryOperator<ArenaSettings> customize) {
        return new AttackArena(customize);
    }

    /** How many players the arena has stored (persisted), from its metrics. */
    double storedPlayers() {
        java.util.regex.Matcher count = java.util.regex.Pattern
                .compile("arena_persist_latency_seconds_count\\{entity=\"player\"} ([0-9.]+)")
                .matcher(api.metrics());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    int port() {
        return arena.arena().port();
    }

    /** The path of an operation with this arena's match and tournament (and an order id) filled in. */
    /** The headers a WebSocket handshake on {@code stream} ("GET path") needs to pass authentication. */
    List<String> credentials(String stream) {
        return "playerToken".equals(document.security(stream))
                ? List.of("Authorization: Bearer " + alice.token()) : List.of();
    }

    String concrete(String path, long orderId) {
        return path.replace("{matchId}", matchId)
                .replace("{tournamentId}", tournamentId)
                .replace("{orderId}", Long.toString(orderId))
                .replace("{playerId}", alice.playerId())
                .replace("{entrantId}", alice.playerId())
                .replace("{code}", "ABCDEF");
    }

    @Override
    public void close() {
        arena.close();
    }
}

package dev.involution.arena.http.attack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, for every operation of the OpenAPI document and every kind of caller: no
 * token, a malformed one, a forged player token, a forged ticket, the admin, the seated player, another
 * seated player (on the first one's order) and a player without a seat. A caller the document does
 * not allow is refused (401 or 403) with problem+json even on real resources and with a body that
 * would otherwise be accepted, and nothing changes; an allowed caller is never refused.
 */
class AuthorizationMatrixIT {

    /** Bodies the right caller would have accepted. */
    private static final Map<String, String> ACCEPTABLE = Map.of(
            "POST /api/matches/{matchId}/orders", "{\"side\":\"BUY\",\"price\":100,\"quantity\":1}",
            "PUT /api/matches/{matchId}/decisions", "{\"price\":10,\"bounty\":0,\"rnd\":0}",
            "POST /api/matches/{matchId}/policy", "{\"policy\":\"guardrails\"}",
            "POST /api/matches/{matchId}/messages", "{\"text\":\"hello\"}",
            "POST /api/players", "{\"name\":\"Matrix\"}");

    private static AttackArena target;
    private static long alicesOrder;
    private static int combinations;

    @BeforeAll
    static void start() {
        target = AttackArena.start(settings -> settings);
        alicesOrder = target.api.bid(target.alice.token(), target.matchId, 700, 3, "alice-1");
    }

    @AfterAll
    static void stop() {
        System.out.printf("Authorization matrix: %d combinations tried (%d operations), 0 leaks%n", combinations,
                target == null ? 0 : target.document.operations().size());
        if (target != null) {
            target.close();
        }
    }

    private static Map<String, String> callers() {
        String alice = target.alice.token();
        String[] ticket = alice.split("\\.");
        String renamed = ticket.length == 4
                ? ticket[0] + "." + ticket[1] + "."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString("Mallory".getBytes(StandardCharsets.UTF_8))
                        + "." + ticket[3]
                : alice + "x";
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("malformed token", "not-a-token");
        callers.put("forged player token", target.alice.playerId() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        callers.put("forged ticket", renamed);
        callers.put("admin", target.admin);
        callers.put("seated player", alice);
        callers.put("other player", target.bob.token());
        callers.put("unseated player", target.carol.token());
        return callers;
    }

    /** Why {@code caller} may not call {@code operation}, or null when it may. */
    private static String refusal(String operation, String caller) {
        String security = target.document.security(operation);
        boolean anonymous = List.of("no token", "malformed token", "forged player token", "forged ticket").contains(caller);
        boolean player = List.of("seated player", "other player", "unseated player").contains(caller);
        return switch (security) {
            case "adminToken" -> anonymous ? "401" : player ? "403" : null;
            case "playerToken" -> {
                if (anonymous) {
                    yield "401";
                }
                if (caller.equals("admin")) {
                    yield "403";
                }
                boolean matchSeatRoute = operation.contains("/api/matches/{matchId}/") && !operation.endsWith("/seats");
                if (matchSeatRoute && caller.equals("unseated player")) {
                    yield "403";
                }
                if (operation.contains("{orderId}") && caller.equals("other player")) {
                    yield "403";
                }
                yield null;
            }
            default -> null;
        };
    }

    @Test
    void everyOperationRefusesExactlyTheCallersTheDocumentDoesNotAllow() {
        String before = fingerprint(target);
        List<String> leaks = new ArrayList<>();
        for (String operation : target.document.operations()) {
            String[] parts = operation.split(" ", 2);
            for (Map.Entry<String, String> caller : callers().entrySet()) {
                combinations++;
                String refusal = refusal(operation, caller.getKey());
                HttpResponse<String> response = refusal != null
                        ? target.api.call(parts[0], target.concrete(parts[1], alicesOrder), caller.getValue(),
                                ACCEPTABLE.get(operation))
                        : target.api.call(parts[0], harmless(parts[1]), caller.getValue(), "{\"unexpected\":1}");
                int status = response.statusCode();
                String seen = operation + " by " + caller.getKey() + " -> " + status;
                if (status >= 500) {
                    leaks.add(seen + " (server error)");
                } else if (refusal != null && status != Integer.parseInt(refusal)) {
                    leaks.add(seen + ", expected " + refusal);
                } else if (refusal == null && (status == 401 || status == 403)) {
                    leaks.add(seen + ", expected to pass authorization: " + response.body());
                } else if (refusal != null && !response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json")) {
                    leaks.add(seen + " without problem+json");
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(fingerprint(target)).as("refused calls changed nothing").isEqualTo(before);
        assertThat(combinations).isGreaterThanOrEqualTo(target.document.operations().size() * 8);
    }

    /**
     * The path an allowed caller is sent to: a match and tournament that do not exist (so that an
     * allowed control, join or cancel changes nothing) with an unexpected body.
     */
    private static String harmless(String path) {
        return path.replace("{matchId}", "nosuchmatch").replace("{tournamentId}", "nosuchtournament")
                .replace("{orderId}", "1").replace("{playerId}", target.alice.playerId())
                .replace("{entrantId}", target.alice.playerId()).replace("{code}", "ABCDEF");
    }

    /** What a refused call must not change: the match, the tournament, the lists, the stored players. */
    static String fingerprint(AttackArena target) {
        return "match seq " + target.api.seq(target.matchId)
                + ", tournament seq " + json(target.api.call("GET", "/api/tournaments/" + target.tournamentId, null, null))
                        .path("seq").asLong()
                + ", matches " + target.api.matches("").size()
                + ", tournaments " + json(target.api.call("GET", "/api/tournaments", null, null)).size()
                + ", stored players " + target.storedPlayers();
    }
}

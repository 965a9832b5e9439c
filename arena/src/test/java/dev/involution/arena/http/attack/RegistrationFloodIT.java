package dev.involution.arena.http.attack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous registration cannot grow the journal: a burst from one address meets 429s past the
 * documented limit (60 at once, then 10 a minute), a registration stores nothing, and a player who
 * never joins anything expires.
 */
class RegistrationFloodIT {

    private static final int FLOOD = 500;
    private static final int BURST = 60;

    private static AttackArena target;
    private static RunningArena.Registered idle;

    @BeforeAll
    static void start() {
        target = AttackArena.start(settings -> settings
                .with("arena.http.registrations.burst", BURST)
                .with("arena.http.registrations.per-minute", 10)
                .with("arena.players.registration-expires-after", "4s"));
        idle = target.arena.register("Idle");
    }

    @AfterAll
    static void stop() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    void aBurstOfRegistrationsFromOneAddressMeets429sAndStoresNothing() {
        double storedBefore = playersStored();
        int created = 0;
        int limited = 0;
        for (int i = 0; i < FLOOD; i++) {
            HttpResponse<String> response = target.arena.postJson("/api/players", "{\"name\":\"flood " + i + "\"}");
            if (response.statusCode() == 201) {
                created++;
            } else {
                assertThat(response.statusCode()).isEqualTo(429);
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
                assertThat(json(response).path("detail").asText()).contains("registrations");
                limited++;
            }
        }
        System.out.printf("Registration flood: %d sent, %d registered, %d refused with 429%n", FLOOD, created, limited);

        assertThat(created).as("the burst, plus what refilled meanwhile").isBetween(BURST - 3 - 3, BURST + 2);
        assertThat(limited).isGreaterThanOrEqualTo(FLOOD - BURST - 2);
        assertThat(playersStored()).as("registrations stored").isEqualTo(storedBefore);
    }

    @Test
    void aPlayerWhoNeverJoinsAnythingExpires() throws InterruptedException {
        assertThat(target.arena.get("/api/players/me", idle.token()).statusCode()).isIn(200, 401);

        Thread.sleep(4_500);

        HttpResponse<String> expired = target.arena.get("/api/players/me", idle.token());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json(expired).path("detail").asText()).contains("expired");
        assertThat(target.api.call("POST", "/api/matches/" + target.matchId + "/seats", idle.token(), null).statusCode())
                .as("an expired ticket cannot take a seat").isEqualTo(401);
        assertThat(target.arena.get("/api/players/me", target.carol.token()).statusCode())
                .as("Carol registered without a seat long enough ago").isEqualTo(401);
        JsonNode alice = json(target.arena.get("/api/players/me", target.alice.token()));
        assertThat(alice.path("name").asText()).as("a seated player is stored and stays").isEqualTo("Alice");
    }

    private static double playersStored() {
        return target.storedPlayers();
    }
}

package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.TournamentClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Matches and tournaments drive themselves (round timers, house bots, polls of their matches),
 * so nobody needs to ask them anything for them to go on. Cluster sharding stops entities that
 * receive no message through it for a while; with that idle timeout cut to a second, a house-bot
 * match nobody looks at still plays all its rounds and a tournament nobody looks at still plays
 * all its matches. Progress is read from the directories' lists only, which never wake an entity.
 * Once finished, both leave memory after a while and come back from the journal when asked.
 */
class UnwatchedEntitiesKeepPlayingIT {

    @Test
    void matchesAndTournamentsGoOnWhenNobodyAsksThem() throws InterruptedException {
        try (RunningArena arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.tournaments.poll-interval", "200ms")
                .with("akka.cluster.sharding.passivation.default-idle-strategy.idle-entity.timeout", "1s")
                .with("arena.entities.retire-finished-after", "1s"),
                ArenaModules.standard())) {
            MatchClient api = MatchClient.of(arena);
            TournamentClient tournaments = new TournamentClient(api);
            String admin = arena.savedAdminToken();
            String match = api.createMatch(admin, "{\"rounds\":40,\"roundMillis\":150,\"houseBots\":[\"cost-plus\",\"innovator\"]}");
            api.control(admin, match, "start");
            String tournament = tournaments.create(admin, "{\"rounds\":4,\"seatsPerMatch\":2,\"parallelMatches\":1,"
                    + "\"houseBots\":[\"cost-plus\",\"innovator\"],\"match\":{\"rounds\":12,\"roundMillis\":150}}");
            tournaments.control(admin, tournament, "start");

            assertThat(Eventually.holds(Duration.ofMinutes(2), () -> status(api, "/api/matches", "matchId", match)
                    .equals("FINISHED"))).as("the unwatched match plays to its end").isTrue();
            assertThat(Eventually.holds(Duration.ofMinutes(2), () -> status(api, "/api/tournaments", "tournamentId",
                    tournament).equals("FINISHED"))).as("the unwatched tournament plays to its end").isTrue();
            Thread.sleep(3_000);
            assertThat(tournaments.view(tournament).get("summary").get("matchesPlayed").asInt())
                    .as("a retired tournament comes back from the journal when asked").isEqualTo(4);
            assertThat(api.details(match).get("summary").get("status").asText())
                    .as("a retired match comes back from the journal when asked").isEqualTo("FINISHED");
        }
    }

    private static String status(MatchClient api, String list, String idField, String id) {
        for (JsonNode item : RunningArena.json(MatchClient.expect(200, api.call("GET", list, null, null)))) {
            if (item.get(idField).asText().equals(id)) {
                return item.get("status").asText();
            }
        }
        return "";
    }
}

package dev.involution.arena.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.ArenaSettings;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.TournamentClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What must hold on every journal database: after a restart in the middle of a live tournament,
 * the results recorded before it are kept as they were, the match in play is followed to its end,
 * the rest are played, and every entrant still plays exactly one match a round.
 */
abstract class TournamentsSurviveRestartContract {

    /** The settings that put the journal on the database under test. */
    abstract UnaryOperator<ArenaSettings> database();

    @Test
    void aRestartMidTournamentLosesNoResultAndTheTournamentFinishes() {
        RunningArena arena = RunningArena.start(s -> database().apply(s).with("arena.demo.enabled", false)
                .with("arena.tournaments.poll-interval", "200ms"), ArenaModules.standard());
        try {
            TournamentClient tournaments = TournamentClient.of(arena);
            String admin = arena.savedAdminToken();
            String id = tournaments.create(admin, "{\"name\":\"Restart cup\",\"rounds\":3,\"seatsPerMatch\":3,"
                    + "\"parallelMatches\":1,\"houseBots\":[\"cost-plus\",\"undercutter\",\"subsidizer\","
                    + "\"innovator\",\"tit-for-tat\",\"random\"],\"match\":{\"rounds\":4,\"roundMillis\":300}}");
            tournaments.control(admin, id, "start");
            assertThat(Eventually.holds(Duration.ofMinutes(2),
                    () -> tournaments.view(id).get("summary").get("matchesPlayed").asInt() >= 2)).isTrue();
            JsonNode before = tournaments.view(id);
            assertThat(before.get("summary").get("status").asText()).as("restarted mid-tournament").isEqualTo("RUNNING");

            arena = arena.restart();
            TournamentClient after = TournamentClient.of(arena);
            JsonNode finished = after.finished(id, Duration.ofMinutes(3));

            assertThat(finished.get("matches")).hasSize(6);
            for (JsonNode played : before.get("matches")) {
                if (played.get("status").asText().equals("FINISHED")) {
                    assertThat(finished.get("matches").get(played.get("number").asInt() - 1))
                            .as("a result recorded before the restart is kept as it was").isEqualTo(played);
                }
            }
            MatchClient api = after.matches();
            Set<String> matchIds = new HashSet<>();
            Map<String, Integer> played = new HashMap<>();
            for (JsonNode match : finished.get("matches")) {
                assertThat(match.get("status").asText()).isEqualTo("FINISHED");
                String matchId = match.get("matchId").asText();
                assertThat(matchIds.add(matchId)).as("each match played once").isTrue();
                JsonNode details = api.details(matchId);
                for (JsonNode standing : details.get("standings")) {
                    JsonNode seat = match.get("seats").get(standing.get("firmId").asInt());
                    assertThat(seat.get("rank").asInt()).isEqualTo(standing.get("rank").asInt());
                    assertThat(seat.get("score").asLong()).isEqualTo(standing.get("score").asLong());
                    played.merge(seat.get("entrantId").asText(), 1, Integer::sum);
                }
            }
            assertThat(played).hasSize(6).allSatisfy((entrant, matches) -> assertThat(matches).isEqualTo(3));
            for (JsonNode entry : finished.get("leaderboard")) {
                assertThat(entry.get("matches").asInt()).isEqualTo(3);
            }
        } finally {
            arena.close();
        }
    }
}

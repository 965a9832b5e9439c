package dev.involution.arena.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.TournamentClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fast tournament of twelve house bots, two of each built-in strategy, over ten rounds of two
 * six-seat matches (twenty matches): it runs to completion, every bot plays every round, and the
 * ratings rank the strategies as their mean scores do.
 */
class TournamentFastIT {
    private static final List<String> STRATEGIES =
            List.of("cost-plus", "undercutter", "subsidizer", "innovator", "tit-for-tat", "random");
    private static RunningArena arena;
    private static TournamentClient tournaments;
    private static String admin;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
        tournaments = TournamentClient.of(arena);
        admin = arena.savedAdminToken();
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void twelveHouseBotsPlayTwentyMatchesAndTheRatingsRankStrategiesAsTheirScoresDo() {
        List<String> bots = new ArrayList<>();
        STRATEGIES.forEach(s -> {
            bots.add(s);
            bots.add(s);
        });
        String id = tournaments.create(admin, "{\"name\":\"House league\",\"mode\":\"fast\",\"rounds\":10,"
                + "\"seatsPerMatch\":6,\"seed\":7,\"houseBots\":" + bots.stream().map(RunningArena::quote).collect(Collectors.joining(",", "[", "]")) + "}");
        assertThat(tournaments.control(admin, id, "start")).isEqualTo("RUNNING");

        JsonNode view = tournaments.finished(id, Duration.ofMinutes(3));

        assertThat(view.get("summary").get("matchesPlayed").asInt()).isEqualTo(20);
        assertThat(view.get("matches")).hasSize(20);
        for (JsonNode match : view.get("matches")) {
            assertThat(match.get("status").asText()).isEqualTo("FINISHED");
            for (JsonNode seat : match.get("seats")) {
                assertThat(seat.get("rank").asInt()).isBetween(1, 6);
            }
        }
        JsonNode board = view.get("leaderboard");
        assertThat(board).hasSize(12);
        Map<String, double[]> byStrategy = new HashMap<>();
        for (JsonNode entry : board) {
            assertThat(entry.get("matches").asInt()).as("every bot plays once a round").isEqualTo(10);
            String strategy = entry.get("name").asText().replaceAll(" #\\d+$", "");
            double[] sums = byStrategy.computeIfAbsent(strategy, k -> new double[2]);
            sums[0] += entry.get("rating").asDouble();
            sums[1] += entry.get("meanScore").asDouble();
        }
        assertThat(byStrategy.keySet()).containsExactlyInAnyOrderElementsOf(STRATEGIES);
        List<String> byRating = new ArrayList<>(STRATEGIES);
        byRating.sort((a, b) -> Double.compare(byStrategy.get(b)[0], byStrategy.get(a)[0]));
        List<String> byScore = new ArrayList<>(STRATEGIES);
        byScore.sort((a, b) -> Double.compare(byStrategy.get(b)[1], byStrategy.get(a)[1]));
        double rho = RankCorrelation.spearman(byRating, byScore);
        assertThat(rho).as("rank correlation of strategies by rating %s and by mean score %s", byRating, byScore)
                .isGreaterThanOrEqualTo(0.8);
        assertThat(byRating.get(0)).as("the best-rated strategy has the best mean score").isEqualTo(byScore.get(0));
    }
}

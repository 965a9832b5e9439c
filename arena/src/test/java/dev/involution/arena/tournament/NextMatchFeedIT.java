package dev.involution.arena.tournament;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tournament starts bots cannot miss: two bots that look at their "next match" feed
 * ({@code GET /api/players/me/matches}) only once a second, and at a match only once it is in their
 * feed, play round 1 of every one of their matches: each match is opened its start delay before it
 * starts, so the feed names it in time.
 */
class NextMatchFeedIT {

    @Test
    void aBotPollingItsFeedOnceASecondPlaysRoundOneOfEveryMatch() throws Exception {
        try (RunningArena arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard())) {
            MatchClient api = MatchClient.of(arena);
            String admin = arena.savedAdminToken();
            String t = json(expect(201, api.call("POST", "/api/tournaments", admin, "{\"name\":\"Feed cup\",\"rounds\":2,"
                    + "\"seatsPerMatch\":2,\"houseBots\":[\"cost-plus\",\"innovator\"],\"startDelayMillis\":3000,"
                    + "\"match\":{\"rounds\":3,\"roundMillis\":800}}"))).get("summary").get("tournamentId").asText();
            List<RunningArena.Registered> bots = List.of(arena.register("feed-bot-1"), arena.register("feed-bot-2"));
            for (RunningArena.Registered bot : bots) {
                expect(201, api.call("POST", "/api/tournaments/" + t + "/entrants", bot.token(), null));
            }
            Map<String, Set<String>> seen = new ConcurrentHashMap<>();
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
            try {
                for (RunningArena.Registered bot : bots) {
                    Set<String> mine = ConcurrentHashMap.newKeySet();
                    seen.put(bot.playerId(), mine);
                    scheduler.scheduleWithFixedDelay(() -> lookAtTheFeed(api, bot, mine, scheduler), 0, 1, TimeUnit.SECONDS);
                }
                expect(200, api.call("POST", "/api/tournaments/" + t + "/start", admin, null));
                assertThat(Eventually.holds(Duration.ofSeconds(90), () -> "FINISHED".equals(
                        json(api.call("GET", "/api/tournaments/" + t, null, null)).get("summary").get("status").asText())))
                        .as("the tournament finished").isTrue();
            } finally {
                scheduler.shutdownNow();
            }

            JsonNode view = json(api.call("GET", "/api/tournaments/" + t, null, null));
            for (RunningArena.Registered bot : bots) {
                List<JsonNode> matches = view.get("matches").findParents("seats").stream()
                        .filter(m -> m.get("seats").findValuesAsText("entrantId").contains(bot.playerId())).toList();
                assertThat(matches).as("matches of %s", bot.playerId()).hasSize(2);
                for (JsonNode m : matches) {
                    String matchId = m.get("matchId").asText();
                    assertThat(seen.get(bot.playerId())).contains(matchId);
                    int firm = firmOf(m, bot.playerId());
                    assertThat(firstRoundActedIn(api.events(matchId), firm)).as("the first round %s acted in match %s",
                            bot.playerId(), matchId).isEqualTo(1);
                }
            }
        }
    }

    /** One look at the feed: every match in it not followed yet is followed, and played, from now on. */
    private static void lookAtTheFeed(MatchClient api, RunningArena.Registered bot, Set<String> followed,
                                      ScheduledExecutorService scheduler) {
        JsonNode feed = json(api.call("GET", "/api/players/me/matches", bot.token(), null));
        for (JsonNode next : feed.get("matches")) {
            String matchId = next.path("matchId").asText(null);
            if (matchId != null && followed.add(matchId)) {
                int[] played = {0};
                scheduler.scheduleWithFixedDelay(() -> {
                    JsonNode summary = api.details(matchId).get("summary");
                    int round = summary.get("round").asInt();
                    if ("RUNNING".equals(summary.get("status").asText()) && round > played[0]) {
                        played[0] = round;
                        api.call("PUT", "/api/matches/" + matchId + "/decisions", bot.token(),
                                "{\"price\":9,\"bounty\":0,\"rnd\":30000}");
                    }
                }, 0, 100, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static int firmOf(JsonNode match, String playerId) {
        for (JsonNode seat : match.get("seats")) {
            if (playerId.equals(seat.path("entrantId").asText())) {
                return seat.get("firmId").asInt();
            }
        }
        throw new AssertionError("no seat of " + playerId);
    }

    /** The round in which the firm's first decisions were applied: 1 + the rounds settled before them. */
    private static int firstRoundActedIn(List<JsonNode> events, int firm) {
        int settled = 0;
        for (JsonNode e : events) {
            if (e.get("type").asText().equals("round-settled")) {
                settled++;
            } else if (e.get("type").asText().equals("decisions-set") && e.get("firmId").asInt() == firm) {
                return settled + 1;
            }
        }
        return 0;
    }
}

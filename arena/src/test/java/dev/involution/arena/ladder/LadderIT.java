package dev.involution.arena.ladder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The always-on ladder with twelve bots: they join, are matched by rating into lockstep matches
 * (several at once), play them from their "next match" feed and get rated; one bot disconnects
 * after its first match and the no-show rule pauses it; the arena is restarted in the middle, and
 * every result recorded before, and every match in play at the restart, is recorded after it.
 */
class LadderIT {
    private static final int BOTS = 12;
    private static final int MATCHES = 10;

    @Test
    void twelveBotsPlayTheLadderThroughARestart() throws Exception {
        RunningArena arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.ladder.rounds", 4).with("arena.ladder.round-length", "1s")
                .with("arena.ladder.start-delay", "500ms").with("arena.ladder.max-wait", "3s")
                .with("arena.ladder.max-matches", 3).with("arena.ladder.tick", "200ms")
                .with("arena.ladder.pause-after-misses", 2), ArenaModules.standard());
        AtomicReference<MatchClient> api = new AtomicReference<>(MatchClient.of(arena));
        ScheduledExecutorService bots = Executors.newScheduledThreadPool(6);
        try {
            List<RunningArena.Registered> players = new ArrayList<>();
            for (int i = 0; i < BOTS; i++) {
                RunningArena.Registered p = arena.register("ladder-bot-" + (i + 1));
                players.add(p);
                expect(201, api.get().call("POST", "/api/ladder/entrants", p.token(), null));
            }
            RunningArena.Registered dropout = players.get(BOTS - 1);
            Set<String> dropoutMatches = ConcurrentHashMap.newKeySet();
            for (RunningArena.Registered p : players) {
                LadderBot bot = new LadderBot(api, p, p == dropout ? 1 : Integer.MAX_VALUE, dropoutMatches);
                bots.scheduleWithFixedDelay(bot::step, 0, 150, TimeUnit.MILLISECONDS);
            }

            assertThat(Eventually.holds(Duration.ofSeconds(120), () -> played(api.get()) >= 4))
                    .as("4 ladder matches before the restart").isTrue();
            JsonNode before = ladder(api.get());
            Set<String> recordedBefore = matchIds(json(api.get().call("GET", "/api/ladder/matches?limit=200", null, null)));
            Set<String> inPlayBefore = matchIds(before.get("playing"));
            arena = arena.restart();
            api.set(MatchClient.of(arena));

            assertThat(Eventually.holds(Duration.ofSeconds(180), () -> played(api.get()) >= MATCHES))
                    .as("%d ladder matches in all", MATCHES).isTrue();
            Set<String> recordedAfter = matchIds(json(api.get().call("GET", "/api/ladder/matches?limit=200", null, null)));
            assertThat(recordedAfter).as("no result recorded before the restart is lost").containsAll(recordedBefore);
            assertThat(Eventually.holds(Duration.ofSeconds(60), () -> matchIds(json(api.get().call("GET",
                    "/api/ladder/matches?limit=200", null, null))).containsAll(inPlayBefore)))
                    .as("every match in play at the restart is recorded after it: %s", inPlayBefore).isTrue();

            JsonNode after = ladder(api.get());
            assertThat(after.get("settings").get("maxMatches").asInt()).isEqualTo(3);
            JsonNode standings = after.get("standings");
            List<JsonNode> rated = new ArrayList<>();
            standings.forEach(e -> {
                if ("player".equals(e.get("kind").asText()) && e.get("matches").asInt() > 0) {
                    rated.add(e);
                }
            });
            assertThat(rated).as("players rated").hasSizeGreaterThanOrEqualTo(BOTS - 1);
            assertThat(rated).anySatisfy(e -> assertThat(e.get("mu").asDouble()).isNotEqualTo(25.0));
            JsonNode history = json(api.get().call("GET", "/api/ladder/players/" + players.get(0).playerId(), null, null))
                    .get("history");
            assertThat(history).isNotEmpty();
            assertThat(history.get(history.size() - 1).get("rating").asDouble())
                    .isEqualTo(standingOf(standings, players.get(0).playerId()).get("rating").asDouble());

            assertThat(Eventually.holds(Duration.ofSeconds(120), () -> "paused".equals(json(api.get().call("GET",
                    "/api/ladder/entrants/me", dropout.token(), null)).get("status").asText())))
                    .as("the bot that disconnected is paused by the no-show rule").isTrue();
            JsonNode member = json(api.get().call("GET", "/api/ladder/entrants/me", dropout.token(), null));
            assertThat(member.get("misses").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(seatsOf(json(api.get().call("GET", "/api/ladder/players/" + dropout.playerId(), null, null))
                    .get("matches"), dropout.playerId())).extracting(s -> s.get("acted").asBoolean()).contains(true, false);
        } finally {
            bots.shutdownNow();
            bots.awaitTermination(10, TimeUnit.SECONDS);
            arena.close();
        }
    }

    private static JsonNode ladder(MatchClient api) {
        return json(expect(200, api.call("GET", "/api/ladder", null, null)));
    }

    private static int played(MatchClient api) {
        return ladder(api).get("matchesPlayed").asInt();
    }

    private static Set<String> matchIds(JsonNode matches) {
        Set<String> ids = new HashSet<>();
        matches.forEach(m -> ids.add(m.get("matchId").asText()));
        return ids;
    }

    private static JsonNode standingOf(JsonNode standings, String id) {
        for (JsonNode e : standings) {
            if (e.get("entrantId").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no standing of " + id);
    }

    private static List<JsonNode> seatsOf(JsonNode matches, String id) {
        List<JsonNode> seats = new ArrayList<>();
        matches.forEach(m -> m.get("seats").forEach(s -> {
            if (s.get("entrantId").asText().equals(id)) {
                seats.add(s);
            }
        }));
        return seats;
    }
}

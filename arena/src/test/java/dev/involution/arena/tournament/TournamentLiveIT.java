package dev.involution.arena.tournament;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.MatchClient.problem;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import dev.involution.arena.testkit.TournamentClient;
import dev.involution.arena.testkit.TournamentReplica;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live tournaments through the API: bad requests are refused with the field at fault, players
 * register while the tournament is open, their seats are reserved in each match, every result is
 * the arena match's own, and the tournament's stream, CSV and the global leaderboard follow.
 */
class TournamentLiveIT {
    private static final String SHORT_MATCHES = "\"match\":{\"rounds\":3,\"roundMillis\":200}";
    private static RunningArena arena;
    private static TournamentClient tournaments;
    private static MatchClient api;
    private static String admin;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false)
                .with("arena.tournaments.poll-interval", "200ms"), ArenaModules.standard());
        tournaments = TournamentClient.of(arena);
        api = tournaments.matches();
        admin = arena.savedAdminToken();
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    @Test
    void badRequestsAreRefusedWithTheFieldAtFaultAndCreateNothing() {
        int before = json(expect(200, api.call("GET", "/api/tournaments", null, null))).size();
        assertThat(problem(400, api.call("POST", "/api/tournaments", admin, "{\"format\":\"knockout\"}"))
                .get("field").asText()).isEqualTo("format");
        assertThat(problem(400, api.call("POST", "/api/tournaments", admin, "{\"seatsPerMatch\":1}"))
                .get("field").asText()).isEqualTo("seatsPerMatch");
        assertThat(problem(400, api.call("POST", "/api/tournaments", admin, "{\"houseBots\":[\"nope\"]}"))
                .get("field").asText()).isEqualTo("houseBots[0]");
        assertThat(problem(400, api.call("POST", "/api/tournaments", admin, "{\"rounds\":0}"))
                .get("detail").asText()).contains("rounds");
        assertThat(problem(400, api.call("POST", "/api/tournaments", admin, "{\"match\":{\"roundMillis\":5}}"))
                .get("field").asText()).isEqualTo("match.roundMillis");
        problem(400, api.call("POST", "/api/tournaments", admin, "{\"rounds\":\"many\"}"));
        problem(401, api.call("POST", "/api/tournaments", null, "{}"));
        assertThat(json(expect(200, api.call("GET", "/api/tournaments", null, null)))).hasSize(before);
        problem(404, api.call("GET", "/api/tournaments/nosuchtournament", null, null));
    }

    @Test
    void startNeedsTwoEntrantsAndFastTournamentsTakeNoPlayers() {
        RunningArena.Registered dana = api.register("Dana");
        String lonely = tournaments.create(admin, "{\"houseBots\":[\"cost-plus\"]}");
        assertThat(problem(409, api.call("POST", "/api/tournaments/" + lonely + "/start", admin, null))
                .get("code").asText()).isEqualTo("TOO_FEW_ENTRANTS");
        String fast = tournaments.create(admin, "{\"mode\":\"fast\",\"houseBots\":[\"cost-plus\",\"innovator\"]}");
        assertThat(problem(409, tournaments.register(dana.token(), fast)).get("code").asText())
                .isEqualTo("FAST_MODE_HOUSE_ONLY");
        expect(201, tournaments.register(dana.token(), lonely));
        expect(204, api.call("DELETE", "/api/tournaments/" + lonely + "/entrants/me", dana.token(), null));
        assertThat(tournaments.view(lonely).get("entrants")).hasSize(1);
    }

    @Test
    void stoppingEarlyLetsTheMatchesInPlayFinishAndCancelsTheRest() {
        String id = tournaments.create(admin, "{\"name\":\"Short class\",\"rounds\":3,\"seatsPerMatch\":2,"
                + "\"parallelMatches\":1,\"houseBots\":[\"cost-plus\",\"innovator\",\"undercutter\",\"random\"],"
                + "\"match\":{\"rounds\":15,\"roundMillis\":200}}");
        assertThat(problem(409, api.call("POST", "/api/tournaments/" + id + "/stop", admin, null)).get("code").asText())
                .as("an OPEN tournament has nothing to stop").isEqualTo("NOT_PLAYING");
        tournaments.control(admin, id, "start");
        assertThat(Eventually.holds(() -> tournaments.view(id).get("matches").get(0).get("status").asText()
                .equals("RUNNING"))).isTrue();

        assertThat(tournaments.control(admin, id, "stop")).isIn("STOPPING", "FINISHED");
        JsonNode view = tournaments.finished(id, Duration.ofMinutes(2));

        List<String> statuses = new ArrayList<>();
        view.get("matches").forEach(m -> statuses.add(m.get("status").asText()));
        assertThat(statuses).hasSize(6).first().isEqualTo("FINISHED");
        assertThat(statuses.subList(1, 6)).as("only the match in play at the stop was played").containsOnly("CANCELLED");
        assertThat(view.get("summary").get("matchesPlayed").asInt()).isEqualTo(1);
        assertThat(view.get("summary").get("matchesTotal").asInt()).isEqualTo(1);
        assertThat(problem(409, api.call("POST", "/api/tournaments/" + id + "/stop", admin, null)).get("code").asText())
                .isEqualTo("NOT_PLAYING");
    }

    @Test
    void playersAreSeatedInReservedSeatsAndEveryResultIsTheMatchesOwn() throws Exception {
        RunningArena.Registered alice = api.register("Alice");
        RunningArena.Registered bob = api.register("Bob");
        RunningArena.Registered carol = api.register("Carol");
        String id = tournaments.create(admin, "{\"name\":\"Class league\",\"rounds\":2,\"seatsPerMatch\":3,"
                + "\"parallelMatches\":2,\"houseBots\":[\"cost-plus\"],\"fillers\":[\"innovator\"]," + SHORT_MATCHES + "}");
        assertThat(tournaments.register(alice.token(), id).statusCode()).isEqualTo(201);
        assertThat(tournaments.register(alice.token(), id).statusCode()).as("registering twice is harmless").isEqualTo(200);
        assertThat(tournaments.register(bob.token(), id).statusCode()).isEqualTo(201);
        StreamClient stream = StreamClient.open(arena, "/api/tournaments/" + id + "/stream", null);
        JsonNode first = stream.poll(10);
        assertThat(first.get("type").asText()).isEqualTo("snapshot");
        assertThat(first.get("view").get("entrants")).hasSize(3);

        assertThat(tournaments.control(admin, id, "start")).isEqualTo("RUNNING");
        assertThat(problem(409, tournaments.register(carol.token(), id)).get("code").asText())
                .isEqualTo("TOURNAMENT_NOT_OPEN");

        assertThat(Eventually.holds(() -> tournaments.view(id).get("matches").get(0).hasNonNull("matchId"))).isTrue();
        String firstMatch = tournaments.view(id).get("matches").get(0).get("matchId").asText();
        assertThat(tournaments.view(id).get("matches").get(0).get("status").asText()).isIn("RUNNING", "FINISHED");
        expect(200, api.call("GET", "/api/matches/" + firstMatch + "/me", alice.token(), null));
        assertThat(api.join(alice.token(), firstMatch)).as("taking one's own seat again answers it")
                .isEqualTo(json(expect(200, api.call("GET", "/api/matches/" + firstMatch + "/me", alice.token(), null)))
                        .get("firm").get("firmId").asInt());
        assertThat(problem(403, api.call("POST", "/api/matches/" + firstMatch + "/seats", carol.token(), null))
                .get("code").asText()).isEqualTo("SEAT_RESERVED");

        JsonNode view = tournaments.finished(id, Duration.ofMinutes(2));
        assertThat(view.get("matches")).hasSize(2);
        for (JsonNode match : view.get("matches")) {
            JsonNode details = api.details(match.get("matchId").asText());
            assertThat(details.get("summary").get("status").asText()).isEqualTo("FINISHED");
            assertThat(details.get("summary").get("tournamentId").asText()).isEqualTo(id);
            Map<Integer, Integer> rankByFirm = new HashMap<>();
            details.get("standings").forEach(s -> rankByFirm.put(s.get("firmId").asInt(), s.get("rank").asInt()));
            for (JsonNode seat : match.get("seats")) {
                assertThat(seat.get("rank").asInt()).isEqualTo(rankByFirm.get(seat.get("firmId").asInt()));
                JsonNode firm = details.get("firms").get(seat.get("firmId").asInt());
                assertThat(firm.get("name").asText()).as("the same name in the schedule and in the match")
                        .isEqualTo(seat.get("name").asText());
                if (!seat.get("kind").asText().equals("player")) {
                    assertThat(firm.get("name").asText()).startsWith(seat.get("strategy").asText());
                }
            }
        }
        for (JsonNode entry : view.get("leaderboard")) {
            assertThat(entry.get("matches").asInt()).isEqualTo(2);
        }

        List<JsonNode> streamed = new ArrayList<>();
        JsonNode m;
        while ((m = stream.poll(2)) != null) {
            streamed.add(m);
        }
        assertThat(streamed).isNotEmpty().allSatisfy(d -> assertThat(d.get("type").asText()).isEqualTo("delta"));
        TournamentReplica replica = new TournamentReplica();
        replica.apply(first);
        streamed.forEach(replica::apply);
        assertThat(json(replica.view().toString())).as("the snapshot and the deltas make the view")
                .isEqualTo(tournaments.view(id));

        String csv = expect(200, api.call("GET", "/api/tournaments/" + id + "/results.csv", null, null)).body();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("round,match,match_id");
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(csv).contains("Alice").contains("Bob");

        JsonNode global = json(expect(200, api.call("GET", "/api/leaderboard", null, null)));
        List<String> names = new ArrayList<>();
        global.forEach(e -> names.add(e.get("entrantId").asText()));
        assertThat(names).contains(alice.playerId(), bob.playerId()).doesNotContain("house-1");
    }
}

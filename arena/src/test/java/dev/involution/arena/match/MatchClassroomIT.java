package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.ArenaModules;
import dev.involution.arena.testkit.RunningArena;
import dev.involution.arena.testkit.StreamClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the teacher console needs from a match on a real server: broadcasts, who is connected, CSV exports. */
class MatchClassroomIT {
    private static RunningArena arena;
    private static String admin;

    @BeforeAll
    static void start() {
        arena = RunningArena.start(s -> s.with("arena.demo.enabled", false), ArenaModules.standard());
        admin = arena.savedAdminToken();
    }

    @AfterAll
    static void stop() {
        arena.close();
    }

    private static HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder request = arena.request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return arena.send(request.method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String create(String json) {
        HttpResponse<String> r = send("POST", "/api/matches", admin, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RunningArena.json(r).get("matchId").asText();
    }

    private static JsonNode details(String matchId) {
        return RunningArena.json(arena.get("/api/matches/" + matchId));
    }

    private static HttpResponse<String> broadcast(String matchId, String token, String json) {
        return send("POST", "/api/matches/" + matchId + "/messages", token, json);
    }

    @Test
    void anAdminsBroadcastIsAnEventOnTheStreamAndInTheHistoryAndChangesNothingElse() throws Exception {
        String matchId = create("{\"roundMillis\":600000,\"seats\":3,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
        long hashBefore = details(matchId).get("stateHash").asLong();
        StreamClient client = connect(matchId);
        long snapshotSeq = next(client).get("seq").asLong();

        HttpResponse<String> sent = broadcast(matchId, admin, "{\"text\":\"  Round 10 is the last.\\nThink ahead!  \"}");

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode posted = RunningArena.json(sent);
        assertThat(posted.get("matchId").asText()).isEqualTo(matchId);
        assertThat(posted.get("seq").asLong()).isEqualTo(snapshotSeq + 1);
        JsonNode live = next(client);
        assertThat(live.get("type").asText()).isEqualTo("message-broadcast");
        assertThat(live.get("seq").asLong()).isEqualTo(posted.get("seq").asLong());
        assertThat(live.get("text").asText()).isEqualTo("Round 10 is the last.\nThink ahead!");
        JsonNode history = RunningArena.json(arena.get("/api/matches/" + matchId + "/events?from=" + posted.get("seq")));
        assertThat(history.get(0).get("text").asText()).isEqualTo("Round 10 is the last.\nThink ahead!");
        assertThat(details(matchId).get("stateHash").asLong()).isEqualTo(hashBefore);
        assertThat(details(matchId).get("summary").get("status").asText()).isEqualTo("OPEN");
        client.socket().abort();
    }

    @Test
    void broadcastsAreTheAdminsAndTheirTextIsChecked() {
        String matchId = create("{\"roundMillis\":600000,\"seats\":2}");
        RunningArena.Registered player = arena.register("Mallory");

        assertThat(broadcast(matchId, null, "{\"text\":\"hi\"}").statusCode()).isEqualTo(401);
        assertThat(broadcast(matchId, player.token(), "{\"text\":\"hi\"}").statusCode()).isEqualTo(403);
        assertThat(broadcast("nosuchmatch", admin, "{\"text\":\"hi\"}").statusCode()).isEqualTo(404);
        assertProblem(broadcast(matchId, admin, "{}"), "text", "required");
        assertProblem(broadcast(matchId, admin, "{\"text\":\"   \"}"), "text", "min-length");
        assertProblem(broadcast(matchId, admin, "{\"text\":" + RunningArena.quote("x".repeat(501)) + "}"),
                "text", "max-length");
        assertProblem(broadcast(matchId, admin, "{\"text\":\"ding\\u0007\"}"), "text", "control-characters");
        assertThat(broadcast(matchId, admin, "{\"text\":" + RunningArena.quote("x".repeat(500)) + "}").statusCode())
                .isEqualTo(201);
    }

    private static void assertProblem(HttpResponse<String> response, String field, String rule) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = RunningArena.json(response);
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
    }

    @Test
    void theAdminSeesHowManyAreConnectedAndThePlayersWhoSaidHello() throws Exception {
        String matchId = create("{\"roundMillis\":600000,\"seats\":4}");
        RunningArena.Registered alice = arena.register("Alice");
        RunningArena.Registered bob = arena.register("Bob");
        assertThat(send("POST", "/api/matches/" + matchId + "/seats", alice.token(), "{\"name\":\"Alice AI\"}")
                .statusCode()).isEqualTo(201);

        StreamClient anonymous = connect(matchId);
        StreamClient aliceTab = say(connect(matchId), hello(alice.token()));
        StreamClient aliceOtherTab = say(connect(matchId), hello(alice.token()));
        StreamClient bobTab = say(connect(matchId), hello(bob.token()));
        StreamClient forger = say(connect(matchId), hello(alice.playerId() + ".not-the-token"));
        StreamClient late = say(say(connect(matchId), "{\"type\":\"ping\"}"), hello(bob.token()));

        JsonNode seen = awaitConnections(matchId, c -> c.get("players").size() == 2 && c.get("connections").asInt() == 6);
        assertThat(seen.get("anonymous").asInt()).as("no hello, a forged token, a hello after another message")
                .isEqualTo(3);
        JsonNode first = seen.get("players").get(0);
        assertThat(first.get("playerId").asText()).isEqualTo(alice.playerId());
        assertThat(first.get("name").asText()).isEqualTo("Alice AI");
        assertThat(first.get("firmId").asInt()).isEqualTo(0);
        assertThat(first.get("connections").asInt()).isEqualTo(2);
        JsonNode second = seen.get("players").get(1);
        assertThat(second.get("name").asText()).isEqualTo("Bob");
        assertThat(second.get("firmId").isNull()).isTrue();
        assertThat(second.get("connections").asInt()).isEqualTo(1);

        aliceTab.socket().abort();
        aliceOtherTab.socket().sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        JsonNode after = awaitConnections(matchId, c -> c.get("connections").asInt() == 4);
        assertThat(after.get("players")).extracting(p -> p.get("name").asText()).containsExactly("Bob");

        assertThat(send("GET", "/api/matches/" + matchId + "/connections", alice.token(), null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/matches/nosuchmatch/connections", admin, null).statusCode()).isEqualTo(404);
        for (StreamClient c : List.of(anonymous, bobTab, forger, late)) {
            c.socket().abort();
        }
    }

    private static StreamClient connect(String matchId) {
        return StreamClient.connect(arena, matchId, "", null);
    }

    /** The message a page sends first on its stream to say which player it is. */
    static String hello(String token) {
        return "{\"type\":\"hello\",\"token\":" + RunningArena.quote(token) + "}";
    }

    private static StreamClient say(StreamClient client, String text) {
        client.socket().sendText(text, true).join();
        return client;
    }

    private static JsonNode next(StreamClient client) throws InterruptedException {
        JsonNode message = client.poll(10);
        assertThat(message).as("a stream message within 10 s").isNotNull();
        return message;
    }

    private static JsonNode awaitConnections(String matchId, Predicate<JsonNode> condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode last;
        do {
            HttpResponse<String> r = send("GET", "/api/matches/" + matchId + "/connections", admin, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            last = RunningArena.json(r);
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(giveUp));
        throw new AssertionError("connections never matched; last: " + last);
    }

    @Test
    void aMatchExportsItsRoundsTradesAndInterventionsAsCsv() throws Exception {
        String matchId = create("{\"roundMillis\":150,\"rounds\":4,\"seats\":3,\"houseBots\":[\"cost-plus\",\"cost-plus\"]}");
        RunningArena.Registered eve = arena.register("Eve");
        String formula = "=HYPERLINK(\"x\";\"y\")";
        assertThat(send("POST", "/api/matches/" + matchId + "/seats", eve.token(),
                "{\"name\":" + RunningArena.quote(formula) + "}").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/matches/" + matchId + "/start", admin, null).statusCode()).isEqualTo(200);
        awaitFinished(matchId);
        List<JsonNode> events = events(matchId);

        HttpResponse<String> rounds = arena.get("/api/matches/" + matchId + "/export/rounds.csv");
        assertThat(rounds.statusCode()).isEqualTo(200);
        assertThat(rounds.headers().firstValue("Content-Type")).contains("text/csv; charset=UTF-8");
        assertThat(rounds.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment").contains("match-" + matchId + "-rounds.csv"));
        List<String> lines = rounds.body().lines().toList();
        assertThat(lines.get(0)).startsWith("round,firm_id,firm,status,price_cents,");
        List<String> columns = Arrays.asList(lines.get(0).split(","));
        assertThat(lines).hasSize(1 + 4 * 3);
        for (JsonNode e : events) {
            if (!e.get("type").asText().equals("round-settled")) {
                continue;
            }
            JsonNode report = e.get("report");
            for (JsonNode f : report.get("firms")) {
                String row = lines.stream()
                        .filter(l -> l.startsWith(report.get("round").asInt() + "," + f.get("firmId").asInt() + ","))
                        .findFirst().orElseThrow();
                List<String> cells = csv(row);
                assertThat(cells.get(columns.indexOf("cash_cents"))).isEqualTo(f.get("cash").asText());
                assertThat(cells.get(columns.indexOf("users"))).isEqualTo(f.get("users").asText());
                assertThat(cells.get(columns.indexOf("hhi"))).isEqualTo(report.get("indicators").get("hhi").asText());
                if (f.get("firmId").asInt() == 2) {
                    assertThat(cells.get(columns.indexOf("firm"))).as("no formula for spreadsheets")
                            .isEqualTo("'" + formula);
                }
            }
        }

        HttpResponse<String> trades = arena.get("/api/matches/" + matchId + "/export/trades.csv");
        assertThat(trades.statusCode()).isEqualTo(200);
        List<String> tradeLines = trades.body().lines().toList();
        assertThat(tradeLines.get(0)).isEqualTo(
                "seq,at,round,buyer_firm_id,buyer,seller_firm_id,seller,price_cents,quantity,taker_order_id,maker_order_id");
        List<JsonNode> fills = new ArrayList<>();
        events.stream().filter(e -> e.get("type").asText().equals("order-placed"))
                .forEach(e -> e.get("fills").forEach(fills::add));
        assertThat(fills).isNotEmpty();
        assertThat(tradeLines).hasSize(1 + fills.size());
        List<String> firstTrade = csv(tradeLines.get(1));
        assertThat(firstTrade.get(2)).as("round").isEqualTo("1");
        assertThat(firstTrade.get(5)).as("seller").isEqualTo("-1");
        assertThat(firstTrade.get(6)).isEqualTo("compute farms");
        assertThat(firstTrade.get(7)).isEqualTo(fills.get(0).get("price").asText());
        assertThat(firstTrade.get(8)).isEqualTo(fills.get(0).get("quantity").asText());
        assertThat(Instant.parse(firstTrade.get(1))).isAfter(Instant.parse("2020-01-01T00:00:00Z"));

        HttpResponse<String> interventions = arena.get("/api/matches/" + matchId + "/export/interventions.csv");
        assertThat(interventions.statusCode()).isEqualTo(200);
        assertThat(interventions.body().lines().toList())
                .containsExactly("seq,at,round,type,firm_id,firm,rule,reason,until,details");

        assertThat(arena.get("/api/matches/nosuchmatch/export/rounds.csv").statusCode()).isEqualTo(404);
        assertThat(arena.get("/api/matches/" + matchId + "/export/other.csv").statusCode()).isEqualTo(404);
    }

    private static void awaitFinished(String matchId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (!details(matchId).get("summary").get("status").asText().equals("FINISHED")) {
            assertThat(Instant.now()).as("the match to finish").isBefore(giveUp);
            Thread.sleep(50);
        }
    }

    private static List<JsonNode> events(String matchId) {
        List<JsonNode> all = new ArrayList<>();
        RunningArena.json(arena.get("/api/matches/" + matchId + "/events?limit=10000")).forEach(all::add);
        return all;
    }

    /** One CSV line (RFC 4180 quoting) as its fields. */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

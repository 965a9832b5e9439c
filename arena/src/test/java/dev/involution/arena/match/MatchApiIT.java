package dev.involution.arena.match;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.Eventually;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.MatchInPlay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;

import static dev.involution.arena.testkit.MatchClient.expect;
import static dev.involution.arena.testkit.MatchClient.problem;
import static dev.involution.arena.testkit.RunningArena.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Every match endpoint on a real arena: what each answers when used as intended, and its 404s. */
class MatchApiIT {

    @RegisterExtension
    static final MatchInPlay table =
            MatchInPlay.with(settings -> settings.with("arena.metrics.census-interval", "100ms"));

    private static MatchClient api() {
        return table.api();
    }

    private static JsonNode firm(JsonNode details, int firmId) {
        return StreamSupport.stream(details.get("firms").spliterator(), false)
                .filter(f -> f.get("firmId").asInt() == firmId).findFirst().orElseThrow();
    }

    @Test
    void theListShowsEveryMatchAndARunningDemo() {
        assertThat(api().matches("")).anySatisfy(m -> {
            assertThat(m.get("matchId").asText()).isEqualTo(table.matchId());
            assertThat(m.get("status").asText()).isEqualTo("RUNNING");
            assertThat(m.get("firms").asInt()).isEqualTo(2);
            assertThat(m.get("deadline").asLong()).isPositive();
        });
        assertThat(api().matches("?status=RUNNING")).extracting(m -> m.get("matchId").asText()).contains(table.matchId());
        assertThat(api().matches("?status=OPEN")).extracting(m -> m.get("matchId").asText()).doesNotContain(table.matchId());
        assertThat(Eventually.holds(() -> api().matches("?status=RUNNING").stream().anyMatch(m -> m.get("demo").asBoolean())))
                .as("the arena keeps a demo match running").isTrue();
    }

    @Test
    void aFinishedMatchCanBeArchivedOutOfTheListAndBack() {
        String matchId = api().createMatch(table.admin(), "{\"name\":\"Last week\"}");
        assertThat(problem(409, api().call("POST", "/api/matches/" + matchId + "/archive", table.admin(), null))
                .get("code").asText()).isEqualTo("MATCH_NOT_FINISHED");
        api().control(table.admin(), matchId, "stop");
        problem(403, api().call("POST", "/api/matches/" + matchId + "/archive", api().register("Eve").token(), null));

        JsonNode archived = json(expect(200, api().call("POST", "/api/matches/" + matchId + "/archive", table.admin(), null)));
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("status").asText()).isEqualTo("FINISHED");
        assertThat(api().matches("")).extracting(m -> m.get("matchId").asText()).doesNotContain(matchId);
        assertThat(api().matches("?archived=true")).extracting(m -> m.get("matchId").asText()).containsExactly(matchId);
        assertThat(api().details(matchId).get("summary").get("name").asText()).as("its view stays").isEqualTo("Last week");
        problem(400, api().call("GET", "/api/matches?archived=maybe", null, null));
        problem(404, api().call("POST", "/api/matches/nosuchmatch/archive", table.admin(), null));

        expect(200, api().call("POST", "/api/matches/" + matchId + "/unarchive", table.admin(), null));
        assertThat(api().matches("?status=FINISHED")).anySatisfy(m -> {
            assertThat(m.get("matchId").asText()).isEqualTo(matchId);
            assertThat(m.get("archived").asBoolean()).isFalse();
        });
    }

    @Test
    void aPlayerPracticesAgainstHouseBotsAtAPersonsPaceInAMatchOfTheirOwn() {
        var ada = api().register("Ada");
        HttpResponse<String> created = expect(201, api().call("POST", "/api/practice", ada.token(), "{\"name\":\"Ada AI\"}"));
        JsonNode seat = json(created);
        String matchId = seat.get("matchId").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/matches/" + matchId);
        JsonNode details = api().details(matchId);
        JsonNode summary = details.get("summary");
        assertThat(summary.get("practice").asBoolean()).isTrue();
        assertThat(summary.get("status").asText()).isEqualTo("RUNNING");
        assertThat(summary.get("roundMillis").asLong()).as("the classroom's pace").isEqualTo(15_000);
        assertThat(summary.get("policy").asText()).isEqualTo("guardrails");
        assertThat(firm(details, seat.get("firmId").asInt()).get("name").asText()).isEqualTo("Ada AI");
        assertThat(details.get("firms")).filteredOn(f -> f.get("kind").asText().equals("HOUSE")).hasSize(4);

        JsonNode again = json(expect(200, api().call("POST", "/api/practice", ada.token(), null)));
        assertThat(again.get("matchId").asText()).as("one practice match at a time").isEqualTo(matchId);
        assertThat(problem(403, api().call("POST", "/api/matches/" + matchId + "/seats", api().register("Bob2").token(), null))
                .get("code").asText()).isEqualTo("SEAT_RESERVED");
        problem(401, api().call("POST", "/api/practice", null, null));
    }

    @Test
    void creatingAMatchTakesPresetsAndOverrides() {
        HttpResponse<String> created = expect(201, api().call("POST", "/api/matches", table.admin(), "{}"));
        String matchId = json(created).get("matchId").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/matches/" + matchId);
        JsonNode summary = api().details(matchId).get("summary");
        assertThat(summary.get("status").asText()).isEqualTo("OPEN");
        assertThat(summary.get("roundMillis").asLong()).isEqualTo(2_000);
        assertThat(summary.get("seats").asInt()).isEqualTo(8);
        assertThat(summary.get("policy").asText()).isEqualTo("laissez-faire");

        JsonNode classroom = api().details(api().createMatch(table.admin(), "{\"preset\":\"classroom\"}")).get("summary");
        assertThat(classroom.get("roundMillis").asLong()).isEqualTo(15_000);
        assertThat(classroom.get("seats").asInt()).isEqualTo(30);

        String custom = api().createMatch(table.admin(), "{\"preset\":\"classroom\",\"name\":\"Evening league\","
                + "\"seats\":10,\"rounds\":12,\"seed\":7,\"houseBots\":[\"cost-plus\"],\"policy\":\"laissez-faire\"}");
        JsonNode details = api().details(custom);
        assertThat(details.get("summary").get("name").asText()).isEqualTo("Evening league");
        assertThat(details.get("summary").get("seats").asInt()).isEqualTo(10);
        assertThat(details.get("summary").get("rounds").asInt()).isEqualTo(12);
        assertThat(details.get("summary").get("firms").asInt()).as("the house bot's seat").isEqualTo(1);
        assertThat(details.get("seed").asLong()).isEqualTo(7);
        assertThat(details.get("firms").get(0).get("kind").asText()).isEqualTo("HOUSE");

        String noBody = json(expect(201, api().call("POST", "/api/matches", table.admin(), null))).get("matchId").asText();
        assertThat(api().details(noBody).get("summary").get("roundMillis").asLong()).isEqualTo(2_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no rounds        | {\"rounds\":0}                         | rounds       | range",
        "too many rounds  | {\"rounds\":10001}                     | rounds       | range",
        "short rounds     | {\"roundMillis\":5}                    | roundMillis  | range",
        "too many seats   | {\"seats\":1000}                       | seats        | range",
        "one seat         | {\"seats\":1}                          | seats        | range",
        "blank name       | {\"name\":\"  \"}                      | name         | min-length",
        "zero-width name  | {\"name\":\"\u200b\"}                 | name         | min-length",
        "NUL in the name  | {\"name\":\"Cup\\u0000\"}             | name         | control-characters",
        "unknown preset   | {\"preset\":\"arcade\"}                | preset       | enum",
        "unknown bot      | {\"houseBots\":[\"cost-plus\",\"gambler\"]} | houseBots[1] | range",
        "more bots than seats | {\"seats\":2,\"houseBots\":[\"cost-plus\",\"cost-plus\",\"cost-plus\"]} | houseBots | range",
        "unknown policy   | {\"policy\":\"anarchy\"}               | policy       | range",
        "levy over 100%   | {\"policy\":\"article\",\"policySettings\":{\"levyBasisPoints\":20000}} | policySettings.levyBasisPoints | range",
        "text for a number | {\"rounds\":\"ten\"}                  | rounds       | type",
        "float seed       | {\"seed\":1.5}                         | seed         | type",
        "unknown field    | {\"colour\":\"red\"}                   | colour       | unknown-field",
    })
    void creationRefusalsNameTheField(String what, String config, String field, String rule) {
        int before = api().matches("").size();

        JsonNode problem = problem(400, api().call("POST", "/api/matches", table.admin(), config));

        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        assertThat(api().matches("")).as("no match was created").hasSize(before);
    }

    @Test
    void adminControlsMoveAMatchThroughItsLifecycle() {
        String matchId = api().createMatch(table.admin(), MatchInPlay.LONG_ROUNDS);
        api().join(table.alice().token(), matchId);
        assertThat(problem(409, api().call("POST", "/api/matches/" + matchId + "/start", table.admin(), null))
                .get("code").asText()).isEqualTo("NOT_ENOUGH_FIRMS");
        assertThat(problem(409, api().call("POST", "/api/matches/" + matchId + "/resume", table.admin(), null))
                .get("code").asText()).isEqualTo("MATCH_OPEN");
        api().join(table.bob().token(), matchId);

        assertThat(api().control(table.admin(), matchId, "start")).isEqualTo("RUNNING");
        assertThat(api().control(table.admin(), matchId, "start")).as("again: no change").isEqualTo("RUNNING");
        assertThat(api().control(table.admin(), matchId, "pause")).isEqualTo("PAUSED");
        assertThat(api().details(matchId).get("remainingMillis").asLong()).isPositive();
        assertThat(api().control(table.admin(), matchId, "pause")).isEqualTo("PAUSED");
        assertThat(api().control(table.admin(), matchId, "resume")).isEqualTo("RUNNING");
        assertThat(api().control(table.admin(), matchId, "stop")).isEqualTo("FINISHED");
        assertThat(api().control(table.admin(), matchId, "stop")).isEqualTo("FINISHED");
        assertThat(api().details(matchId).get("standings")).hasSize(2);
        assertThat(problem(409, api().call("POST", "/api/matches/" + matchId + "/start", table.admin(), null))
                .get("code").asText()).isEqualTo("MATCH_FINISHED");
        for (String action : List.of("start", "pause", "resume", "stop")) {
            problem(404, api().call("POST", "/api/matches/nosuchmatch/" + action, table.admin(), null));
        }
    }

    @Test
    void playersTakeSeatsOncePerMatchUntilTheMatchIsFull() {
        String matchId = api().createMatch(table.admin(), "{\"seats\":2}");
        HttpResponse<String> joined = expect(201, api().call("POST", "/api/matches/" + matchId + "/seats",
                table.alice().token(), "{\"name\":\"Alice's Compute Co\"}"));
        assertThat(json(joined).get("matchId").asText()).isEqualTo(matchId);
        int firmId = json(joined).get("firmId").asInt();
        assertThat(api().join(table.alice().token(), matchId)).as("joining again: the same seat").isEqualTo(firmId);
        assertThat(firm(api().details(matchId), firmId).get("name").asText()).isEqualTo("Alice's Compute Co");
        assertThat(firm(api().details(matchId), firmId).get("kind").asText()).isEqualTo("PLAYER");

        assertThat(api().join(table.bob().token(), matchId)).isNotEqualTo(firmId);
        assertThat(problem(409, api().call("POST", "/api/matches/" + matchId + "/seats", table.carol().token(), null))
                .get("code").asText()).isEqualTo("MATCH_FULL");
        assertThat(problem(400, api().call("POST", "/api/matches/" + matchId + "/seats", table.carol().token(),
                "{\"name\":\"a\\u0000b\"}")).get("field").asText()).isEqualTo("name");
        problem(404, api().call("POST", "/api/matches/nosuchmatch/seats", table.carol().token(), null));
        assertThat(api().details(matchId).get("summary").get("firms").asInt()).isEqualTo(2);
    }

    @Test
    void ordersRestInTheBookShowAsTheFirmsOwnAndCanBeCancelled() {
        String matchId = table.newMatch();
        HttpResponse<String> placed = expect(201, api().order(table.alice().token(), matchId,
                "{\"side\":\"BUY\",\"price\":1234,\"quantity\":7,\"clientOrderId\":\"first-bid\"}"));
        JsonNode result = json(placed);
        long orderId = result.get("orderId").asLong();
        assertThat(result.get("status").asText()).isEqualTo("RESTING");
        assertThat(result.get("restingQuantity").asLong()).isEqualTo(7);
        assertThat(result.get("fills")).isEmpty();

        JsonNode me = api().me(table.alice().token(), matchId);
        assertThat(me.get("openOrders")).singleElement().satisfies(o -> {
            assertThat(o.get("orderId").asLong()).isEqualTo(orderId);
            assertThat(o.get("side").asText()).isEqualTo("BUY");
            assertThat(o.get("price").asLong()).isEqualTo(1234);
            assertThat(o.get("remainingQuantity").asLong()).isEqualTo(7);
        });
        assertThat(me.get("firm").get("reservedCash").asLong()).isEqualTo(1234 * 7);
        assertThat(api().me(table.bob().token(), matchId).get("openOrders")).isEmpty();
        JsonNode book = json(expect(200, api().call("GET", "/api/matches/" + matchId + "/book", null, null)));
        assertThat(book.get("bids")).anySatisfy(level -> {
            assertThat(level.get("price").asLong()).isEqualTo(1234);
            assertThat(level.get("quantity").asLong()).isEqualTo(7);
        });
        assertThat(book.get("asks")).as("the compute farms' ladder").isNotEmpty();

        JsonNode cancelled = json(expect(200, api().call("DELETE", "/api/matches/" + matchId + "/orders/" + orderId,
                table.alice().token(), null)));
        assertThat(cancelled.get("orderId").asLong()).isEqualTo(orderId);
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(api().me(table.alice().token(), matchId).get("openOrders")).isEmpty();
        assertThat(api().me(table.alice().token(), matchId).get("firm").get("reservedCash").asLong()).isZero();
        problem(404, api().call("DELETE", "/api/matches/" + matchId + "/orders/" + orderId, table.alice().token(), null));
    }

    @Test
    void aBidAboveTheFarmsAskTradesAtOnce() {
        String matchId = table.newMatch();
        long bestAsk = json(expect(200, api().call("GET", "/api/matches/" + matchId + "/book", null, null)))
                .get("asks").get(0).get("price").asLong();

        JsonNode result = json(expect(201, api().order(table.bob().token(), matchId,
                "{\"side\":\"BUY\",\"price\":" + (bestAsk + 100) + ",\"quantity\":2}")));

        assertThat(result.get("status").asText()).isEqualTo("FILLED");
        assertThat(result.get("fills")).singleElement().satisfies(trade -> {
            assertThat(trade.get("price").asLong()).isEqualTo(bestAsk);
            assertThat(trade.get("quantity").asLong()).isEqualTo(2);
            assertThat(trade.get("sellerFirm").asInt()).as("the farms").isEqualTo(-1);
        });
        assertThat(api().me(table.bob().token(), matchId).get("firm").get("capacity").asLong()).isEqualTo(2);
    }

    @Test
    void decisionsArePostedForTheRound() {
        JsonNode posted = json(expect(200, api().call("PUT", table.path("/decisions"), table.bob().token(),
                "{\"price\":25,\"bounty\":3,\"rnd\":1000}")));

        assertThat(posted.get("price").asLong()).isEqualTo(25);
        assertThat(posted.get("adjustments")).as("no rule changed anything").isEmpty();
        JsonNode inForce = api().me(table.bob().token(), table.matchId()).get("firm").get("decisions");
        assertThat(inForce.get("price")).isEqualTo(posted.get("price"));
        assertThat(inForce.get("bounty")).isEqualTo(posted.get("bounty"));
        assertThat(inForce.get("rnd")).isEqualTo(posted.get("rnd"));
        int bobsFirm = api().me(table.bob().token(), table.matchId()).get("firm").get("firmId").asInt();
        JsonNode shown = firm(api().details(table.matchId()), bobsFirm);
        assertThat(shown.get("price").asLong()).isEqualTo(25);
        assertThat(shown.get("bounty").asLong()).isEqualTo(3);
    }

    @Test
    void theMatchViewCarriesItsSequenceNumberAndStateHash() {
        JsonNode before = api().details(table.matchId());
        assertThat(before.get("summary").get("matchId").asText()).isEqualTo(table.matchId());
        assertThat(before.get("firms")).hasSize(2);
        assertThat(before.get("stateHash").isIntegralNumber()).isTrue();

        api().bid(table.alice().token(), table.matchId(), 99, 1, null);

        JsonNode after = api().details(table.matchId());
        assertThat(after.get("seq").asLong()).isEqualTo(before.get("seq").asLong() + 1);
        assertThat(after.get("stateHash").asLong()).isNotEqualTo(before.get("stateHash").asLong());
    }

    @Test
    void eventsArePagedBySequenceNumberAndKeepPlayersSecrets() {
        String matchId = table.newMatch();
        api().bid(table.alice().token(), matchId, 100, 1, "alice-secret-id");

        List<JsonNode> all = api().events(matchId);
        assertThat(all).extracting(e -> e.get("seq").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(all).extracting(e -> e.get("type").asText()).containsExactly("match-created", "seat-taken",
                "seat-taken", "match-started", "round-opened", "order-placed");
        assertThat(all.get(4).get("round").asInt()).isEqualTo(1);
        assertThat(all.get(4).get("deadline").asLong()).isEqualTo(all.get(3).get("deadline").asLong());
        assertThat(all.get(4).get("asks")).isNotEmpty();
        assertThat(all.get(4).get("asks").get(0).get("price").asLong()).isEqualTo(5_000);
        assertThat(all).allSatisfy(e -> assertThat(e.get("at").asLong()).isPositive());
        assertThat(all.toString()).doesNotContain("alice-secret-id").doesNotContain(table.alice().playerId())
                .doesNotContain("clientOrderId").doesNotContain("playerId");

        JsonNode page = json(expect(200, api().call("GET", "/api/matches/" + matchId + "/events?from=2&limit=2",
                null, null)));
        assertThat(page).extracting(e -> e.get("seq").asLong()).containsExactly(2L, 3L);
        assertThat(json(expect(200, api().call("GET", "/api/matches/" + matchId + "/events?from=7", null, null))))
                .isEmpty();
        for (String query : List.of("from=0", "from=x", "from=-1")) {
            assertThat(problem(400, api().call("GET", "/api/matches/" + matchId + "/events?" + query, null, null))
                    .get("field").asText()).isEqualTo("from");
        }
        for (String query : List.of("limit=0", "limit=10001", "limit=1.5")) {
            assertThat(problem(400, api().call("GET", "/api/matches/" + matchId + "/events?" + query, null, null))
                    .get("field").asText()).isEqualTo("limit");
        }
    }

    @ParameterizedTest(name = "GET {0} of an unknown match")
    @CsvSource({"''", "/book", "/events", "/me"})
    void readingAnUnknownMatchIs404(String suffix) {
        for (String id : List.of("nosuchmatch", "bad!id")) {
            JsonNode problem = problem(404, api().call("GET", "/api/matches/" + id + suffix, table.alice().token(), null));
            assertThat(problem.get("type").asText()).isEqualTo("urn:involution-arena:problem:not-found");
            assertThat(problem.get("detail").asText()).contains("match");
        }
    }

    @Test
    void aPausedMatchRefusesTradingUntilItResumes() {
        String matchId = table.newMatch();
        long orderId = api().bid(table.alice().token(), matchId, 500, 2, "before-pause");
        api().control(table.admin(), matchId, "pause");
        long seq = api().seq(matchId);

        JsonNode refused = problem(409, api().order(table.alice().token(), matchId,
                "{\"side\":\"BUY\",\"price\":500,\"quantity\":2}"));
        assertThat(refused.get("code").asText()).isEqualTo("MATCH_PAUSED");
        problem(409, api().call("DELETE", "/api/matches/" + matchId + "/orders/" + orderId, table.alice().token(), null));
        assertThat(api().bid(table.alice().token(), matchId, 500, 2, "before-pause"))
                .as("a retry gets its original answer").isEqualTo(orderId);
        assertThat(api().seq(matchId)).isEqualTo(seq);

        api().control(table.admin(), matchId, "resume");
        assertThat(api().bid(table.alice().token(), matchId, 500, 2, "after-pause")).isGreaterThan(orderId);
        expect(200, api().call("DELETE", "/api/matches/" + matchId + "/orders/" + orderId, table.alice().token(), null));
    }

    @Test
    void metricsCountOrdersTradesAndMatchesByStatus() {
        String matchId = table.newMatch();
        api().bid(table.alice().token(), matchId, 100, 1, null);
        long bestAsk = json(expect(200, api().call("GET", "/api/matches/" + matchId + "/book", null, null)))
                .get("asks").get(0).get("price").asLong();
        api().bid(table.bob().token(), matchId, bestAsk, 1, null);

        String metrics = api().metrics();
        assertThat(metric(metrics, "arena_orders_total")).isGreaterThanOrEqualTo(2);
        assertThat(metric(metrics, "arena_trades_total")).isGreaterThanOrEqualTo(1);
        assertThat(metric(metrics, "arena_persist_latency_seconds_count{entity=\"Match\"}")).isPositive();
        assertThat(metric(metrics, "arena_journal_file_bytes")).as("the H2 journal's file").isPositive();
        assertThat(metric(metrics, "arena_journal_file_live_percent")).isBetween(0.0, 100.0);
        assertThat(Eventually.holds(() -> metric(api().metrics(), "arena_matches{status=\"RUNNING\"}") >= 2))
                .as("the census sees the running matches").isTrue();
        assertThat(api().metrics()).contains("arena_matches{status=\"OPEN\"}", "arena_matches{status=\"FINISHED\"}");
    }

    /** The value of the sample named exactly {@code sample} (name and labels). */
    private static double metric(String exposition, String sample) {
        return exposition.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no sample " + sample + " in\n" + exposition));
    }
}

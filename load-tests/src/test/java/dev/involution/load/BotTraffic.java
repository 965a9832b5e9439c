package dev.involution.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bot sends, as Gatling chains, against the arena's routes ({@link Target#ARENA}) or, for
 * the baseline, the same pattern against the no-op route ({@link Target#NOOP}): the same request
 * names, order, bodies and checks, but {@code POST /api/noop} for every request with a body and
 * {@code GET /api/noop} for those without (the no-op route has no {@code PUT} or {@code DELETE}),
 * and no bearer token (it needs none). So the ratio of the two runs' rates is what the arena's
 * work (authentication, the match entity, the journal) costs over HTTP and JSON alone.
 *
 * <p>The session needs {@code botName} and {@code matchId} (from a feeder). Bids are small (1 to
 * 50 cents, one unit) so that they rest in the book, far below the compute farms' asks, and stay
 * covered by the starting cash however many a bot places in a round; every order has a
 * {@code clientOrderId}, as the SDK sends.
 */
final class BotTraffic {

    /** Where the requests go. */
    enum Target { ARENA, NOOP }

    private static final int PRICES = 50;

    private final Target target;

    BotTraffic(Target target) {
        this.target = target;
    }

    Target target() {
        return target;
    }

    /** {@code POST /api/players}: 201, the token kept as {@code token}. */
    ChainBuilder register() {
        HttpRequestActionBuilder request = http("register").post(target == Target.ARENA ? "/api/players" : "/api/noop")
                .body(StringBody("{\"name\":\"#{botName}\"}")).asJson()
                .check(status().is(201));
        return exec(target == Target.ARENA ? request.check(jsonPath("$.token").saveAs("token")) : request);
    }

    /** {@code POST /api/matches/{id}/seats}: 201. */
    ChainBuilder join() {
        return exec(target == Target.ARENA
                ? player(http("join").post("/api/matches/#{matchId}/seats")).check(status().is(201))
                : http("join").post("/api/noop").body(StringBody("{}")).asJson().check(status().is(201)));
    }

    /** {@code POST /api/matches/{id}/orders}, a small resting bid: 201 (durable); its id kept as {@code orderId}. */
    ChainBuilder order() {
        HttpRequestActionBuilder request = player(http("order")
                .post(target == Target.ARENA ? "/api/matches/#{matchId}/orders" : "/api/noop")
                .body(StringBody("{\"side\":\"BUY\",\"price\":#{price},\"quantity\":1,"
                        + "\"clientOrderId\":\"#{botName}-#{orderNo}\"}")).asJson()
                .check(status().is(201)));
        return exec(BotTraffic::nextOrder)
                .exec(target == Target.ARENA ? request.check(jsonPath("$.orderId").saveAs("orderId")) : request);
    }

    /**
     * {@code DELETE /api/matches/{id}/orders/{orderId}} of the bot's last order (or a new order when
     * it has none left): 200, or 404 when the order expired with its round in the meantime.
     */
    ChainBuilder cancel() {
        if (target == Target.NOOP) {
            return exec(http("cancel").get("/api/noop").check(status().is(200)));
        }
        return doIfOrElse(session -> session.contains("orderId")).then(
                exec(player(http("cancel").delete("/api/matches/#{matchId}/orders/#{orderId}"))
                        .check(status().in(200, 404)))
                        .exec(session -> session.remove("orderId")))
                .orElse(order());
    }

    /** {@code PUT /api/matches/{id}/decisions}: 200. No R&D and no giveaway, so cash lasts. */
    ChainBuilder decisions() {
        HttpRequestActionBuilder request = target == Target.ARENA
                ? player(http("decisions").put("/api/matches/#{matchId}/decisions")).check(status().is(200))
                : http("decisions").post("/api/noop").check(status().is(201));
        return exec(request.body(StringBody("{\"price\":9,\"bounty\":0,\"rnd\":0}")).asJson());
    }

    /** {@code GET} of a match view ({@code ""}: the match, {@code "/me"}, {@code "/book"}): 200. */
    ChainBuilder read(String name, String suffix) {
        return exec(target == Target.ARENA
                ? player(http(name).get("/api/matches/#{matchId}" + suffix)).check(status().is(200))
                : http(name).get("/api/noop").check(status().is(200)));
    }

    /** One action, drawn by the given weights (percent, adding up to 100): order, cancel, decisions. */
    ChainBuilder action(double orderPercent, double cancelPercent, double decisionPercent) {
        if (Math.abs(orderPercent + cancelPercent + decisionPercent - 100) > 1e-6) {
            throw new IllegalArgumentException("the action mix must add up to 100%, got " + orderPercent + "/"
                    + cancelPercent + "/" + decisionPercent);
        }
        List<Choice.WithWeight> choices = new ArrayList<>();
        if (orderPercent > 0) {
            choices.add(percent(orderPercent).then(order()));
        }
        if (cancelPercent > 0) {
            choices.add(percent(cancelPercent).then(cancel()));
        }
        if (decisionPercent > 0) {
            choices.add(percent(decisionPercent).then(decisions()));
        }
        return choices.size() == 1 && orderPercent > 0 ? order() : randomSwitch().on(choices);
    }

    private HttpRequestActionBuilder player(HttpRequestActionBuilder request) {
        return target == Target.ARENA ? request.header("Authorization", "Bearer #{token}") : request;
    }

    /** Numbers the bot's orders ({@code orderNo}) and cycles its bid through 1..50 cents ({@code price}). */
    private static Session nextOrder(Session session) {
        long n = session.contains("orderNo") ? session.getLong("orderNo") + 1 : 1;
        return session.set("orderNo", n).set("price", n % PRICES + 1);
    }
}

package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.involution.arena.testkit.MatchClient.expect;

/**
 * Player bots that answer at once with a fixed script: every round, in seat order, each posts its
 * decisions and a bid (the same for the same bot and round), then, in a lockstep match, each says
 * it is ready. So the same match (settings and seed) gets the very same inputs in the same order,
 * whether its rounds run in lockstep or on the clock.
 */
public final class ScriptedBots {
    private final MatchClient api;
    private final List<String> tokens;
    private final Set<Integer> bankrupt = new HashSet<>();

    private final boolean lenient;

    public ScriptedBots(MatchClient api, List<String> tokens) {
        this(api, tokens, false);
    }

    /**
     * Bots that, when {@code lenient}, take a refusal in their stride (a round that ended while they
     * acted, at a pace too fast for the machine) instead of failing.
     */
    public ScriptedBots(MatchClient api, List<String> tokens, boolean lenient) {
        this.api = api;
        this.tokens = List.copyOf(tokens);
        this.lenient = lenient;
    }

    private void expectStatus(int status, HttpResponse<String> answer) {
        if (!lenient) {
            expect(status, answer);
        }
    }

    /** What a played match ended with: its state hash and how long it took from start to finish. */
    public record Played(long stateHash, Duration took, int rounds) {
    }

    /** Seats every bot in the match. */
    public void join(String matchId) {
        for (String token : tokens) {
            api.join(token, matchId);
        }
    }

    /** Starts the match (admin) and plays it to the end; gives up after {@code limit}. */
    public Played play(String adminToken, String matchId, boolean lockstep, Duration limit) throws InterruptedException {
        long started = System.nanoTime();
        api.control(adminToken, matchId, "start");
        long giveUp = started + limit.toNanos();
        int played = 0;
        JsonNode summary = api.details(matchId).get("summary");
        while (!"FINISHED".equals(summary.get("status").asText())) {
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("the match did not finish in " + limit + "; at " + summary);
            }
            int round = summary.get("round").asInt();
            if (round > played) {
                act(matchId, round, lockstep);
                played = round;
            } else {
                Thread.sleep(lockstep ? 1 : 10);
            }
            summary = api.details(matchId).get("summary");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new Played(api.details(matchId).get("stateHash").asLong(), took, played);
    }

    private void act(String matchId, int round, boolean lockstep) {
        String at = "/api/matches/" + matchId;
        for (int i = 0; i < tokens.size(); i++) {
            if (bankrupt.contains(i)) {
                continue;
            }
            String decisions = "{\"price\":" + (8 + (i + round) % 3) + ",\"bounty\":" + (i % 2 == 0 ? 0 : 4)
                    + ",\"rnd\":" + 20_000 * (i + 1) + "}";
            HttpResponse<String> answer = api.call("PUT", at + "/decisions", tokens.get(i), decisions);
            if (answer.statusCode() == 409 && answer.body().contains("FIRM_BANKRUPT")) {
                bankrupt.add(i);           // out of the match: it acts no more, here or in the same match on the clock
                continue;
            }
            expectStatus(200, answer);
            String order = "{\"side\":\"BUY\",\"price\":" + (6_000 + 100 * i) + ",\"quantity\":" + (150 + 10 * i)
                    + ",\"fit\":true,\"clientOrderId\":\"r" + round + "-b" + i + "\"}";
            expectStatus(201, api.call("POST", at + "/orders", tokens.get(i), order));
        }
        if (lockstep) {
            for (int i = 0; i < tokens.size(); i++) {
                if (!bankrupt.contains(i)) {
                    expectStatus(200, api.call("POST", at + "/ready", tokens.get(i), "{\"round\":" + round + "}"));
                }
            }
        }
    }
}

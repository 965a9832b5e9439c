package dev.involution.arena.ladder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.arena.testkit.MatchClient;
import dev.involution.arena.testkit.RunningArena;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A ladder bot as an author would write one: each step it reads its "next match" feed and, in
 * every running match, plays the current round once (decisions, a fitted bid, ready). After
 * {@code playsMatches} matches it stops acting but stays on the ladder (a disconnected bot); the
 * matches it sits out are noted. The arena may be down for a while (a restart): then it waits.
 */
final class LadderBot {
    private final AtomicReference<MatchClient> api;
    private final RunningArena.Registered player;
    private final int playsMatches;
    private final Set<String> missed;
    private final Set<String> matchesPlayed = new HashSet<>();
    private final Map<String, Integer> roundPlayed = new HashMap<>();

    LadderBot(AtomicReference<MatchClient> api, RunningArena.Registered player, int playsMatches, Set<String> missed) {
        this.api = api;
        this.player = player;
        this.playsMatches = playsMatches;
        this.missed = missed;
    }

    void step() {
        try {
            MatchClient client = api.get();
            HttpResponse<String> feed = client.call("GET", "/api/players/me/matches", player.token(), null);
            if (feed.statusCode() != 200) {
                return;
            }
            for (JsonNode next : RunningArena.json(feed).get("matches")) {
                if ("RUNNING".equals(next.get("status").asText())) {
                    play(client, next.get("matchId").asText());
                }
            }
        } catch (RuntimeException e) {
            // the arena is restarting or busy: try again at the next step
        }
    }

    private void play(MatchClient client, String matchId) {
        if (!matchesPlayed.contains(matchId) && matchesPlayed.size() >= playsMatches) {
            missed.add(matchId);
            return;
        }
        JsonNode summary = client.details(matchId).get("summary");
        int round = summary.get("round").asInt();
        if (!"RUNNING".equals(summary.get("status").asText()) || roundPlayed.getOrDefault(matchId, 0) >= round) {
            return;
        }
        matchesPlayed.add(matchId);
        String at = "/api/matches/" + matchId;
        client.call("PUT", at + "/decisions", player.token(), "{\"price\":9,\"bounty\":0,\"rnd\":30000}");
        client.call("POST", at + "/orders", player.token(), "{\"side\":\"BUY\",\"price\":6500,\"quantity\":300,"
                + "\"fit\":true,\"clientOrderId\":\"r" + round + "\"}");
        client.call("POST", at + "/ready", player.token(), "{\"round\":" + round + "}");
        roundPlayed.put(matchId, round);
    }
}

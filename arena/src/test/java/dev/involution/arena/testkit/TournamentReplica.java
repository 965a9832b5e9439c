package dev.involution.arena.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tournament view kept up to date from the tournament stream's messages, in JSON, as a client
 * would (written from docs/API.md, apart from the server's own code): a {@code snapshot} replaces
 * it, a {@code delta} is applied to it, and only in order (its {@code prev} must be the view's
 * {@code seq}, or {@link #apply} fails).
 */
public final class TournamentReplica {
    private ObjectNode view;

    /** Takes one stream message; the message's type. */
    public String apply(JsonNode message) {
        String type = message.path("type").asText();
        if (type.equals("snapshot")) {
            if (message.get("seq").asLong() != message.get("view").get("seq").asLong()) {
                throw new AssertionError("a snapshot's seq is its view's: " + message.get("seq"));
            }
            view = message.get("view").deepCopy();
        } else if (type.equals("delta")) {
            applyDelta(message);
        }
        return type;
    }

    private void applyDelta(JsonNode d) {
        if (view == null) {
            throw new AssertionError("a delta before any snapshot");
        }
        if (d.get("prev").asLong() != view.get("seq").asLong()) {
            throw new AssertionError("a delta from " + d.get("prev") + " to " + d.get("seq")
                    + " on the view at " + view.get("seq"));
        }
        view.put("seq", d.get("seq").asLong());
        view.set("summary", d.get("summary"));
        Set<String> gone = new HashSet<>();
        d.get("withdrew").forEach(id -> gone.add(id.asText()));
        ArrayNode entrants = JsonNodeFactory.instance.arrayNode();
        view.get("entrants").forEach(e -> {
            if (!gone.contains(e.get("entrantId").asText())) {
                entrants.add(e);
            }
        });
        entrants.addAll((ArrayNode) d.get("entrants"));
        view.set("entrants", entrants);
        TreeMap<Integer, JsonNode> matches = new TreeMap<>();
        view.get("matches").forEach(m -> matches.put(m.get("number").asInt(), m));
        d.get("matches").forEach(m -> matches.put(m.get("number").asInt(), m));
        view.set("matches", JsonNodeFactory.instance.arrayNode().addAll(matches.values()));
        ArrayNode board = JsonNodeFactory.instance.arrayNode();
        int size = d.get("leaderboardSize").asInt();
        for (int i = 0; i < size; i++) {
            board.add(i < view.get("leaderboard").size() ? view.get("leaderboard").get(i) : null);
        }
        d.get("leaderboard").forEach(row -> board.set(row.get("rank").asInt() - 1, row));
        view.set("leaderboard", board);
    }

    /** The view as the messages so far make it (null before the first snapshot). */
    public JsonNode view() {
        return view;
    }

    /** The view's change number; -1 before the first snapshot. */
    public long seq() {
        return view == null ? -1 : view.get("seq").asLong();
    }
}

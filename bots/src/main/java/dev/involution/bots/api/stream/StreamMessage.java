package dev.involution.bots.api.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.bots.api.ApiJson;
import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.MatchDetails;

/**
 * One message of a match's WebSocket stream ({@code GET /api/matches/{id}/stream}) or one entry of
 * its history ({@code GET /api/matches/{id}/events}): a {@link Snapshot} of the match (only first,
 * and only when the stream was opened without {@code from}), a {@link MatchEvent} (everything that
 * happens, numbered by {@code seq} without gaps), a {@link Heartbeat} while nothing happens, or
 * an {@link OtherMessage} of a kind this client does not know yet.
 */
public sealed interface StreamMessage permits Snapshot, MatchEvent, Heartbeat, OtherMessage {

    /** The message's {@code type}, e.g. {@code snapshot}, {@code round-settled}, {@code heartbeat}. */
    String type();

    /** Reads one stream message; an unknown {@code type} with a {@code seq} is still a {@link MatchEvent}. */
    static StreamMessage parse(String json) {
        return of(ApiJson.tree(json));
    }

    /** The message a JSON tree holds. */
    static StreamMessage of(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            throw new IllegalArgumentException("not a stream message (an object with a type): " + node);
        }
        String type = node.get("type").textValue();
        JsonNode seq = node.get("seq");
        switch (type) {
            case Snapshot.TYPE:
                return new Snapshot(node.path("seq").asLong(), node.path("at").asLong(),
                        ApiJson.convert(node.get("match"), MatchDetails.class),
                        ApiJson.convert(node.get("book"), BookDepth.class));
            case Heartbeat.TYPE:
                return new Heartbeat(node.path("at").asLong());
            default:
                if (seq != null && seq.isIntegralNumber()) {
                    return new MatchEvent(type, seq.asLong(), node.path("at").asLong(), node);
                }
                return new OtherMessage(type, node);
        }
    }
}

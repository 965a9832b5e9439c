package dev.involution.arena.http.tournament;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.SharedMessages;
import dev.involution.arena.http.StreamText;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.bots.api.TournamentDelta;
import dev.involution.bots.api.TournamentView;
import java.util.ArrayList;
import java.util.List;

/**
 * The tournament stream's messages: {@code {"type":"snapshot","seq":S,"view":{...}}},
 * {@code {"type":"delta","seq":S,"prev":P,...}} (a {@link TournamentDelta}) and
 * {@code {"type":"resync","from":S,"reason":...}}. A delta's message, and a snapshot's, is written
 * once on this node and the same immutable message goes to every subscriber of the tournament.
 */
final class TournamentMessages {
    /** Recent deltas' messages kept, across tournaments. */
    private static final int SHARED_MESSAGES = 1_024;
    /** Recent snapshots' messages kept, across tournaments (one of 256 entrants is about 830 KB). */
    private static final int SHARED_SNAPSHOTS = 8;

    private final int subscriberBuffer;
    private final SharedMessages<StreamText> shared = new SharedMessages<>(SHARED_MESSAGES);
    private final SharedMessages<StreamText> snapshots = new SharedMessages<>(SHARED_SNAPSHOTS);

    TournamentMessages(int subscriberBuffer) {
        this.subscriberBuffer = subscriberBuffer;
    }

    /** What an answer of the tournament sends: its view as a snapshot, or else its deltas in order. */
    List<StreamText> of(String tournamentId, TournamentEntity.Changes changes) {
        if (changes.view() != null) {
            return List.of(snapshot(tournamentId, changes.view()));
        }
        List<StreamText> out = new ArrayList<>(changes.deltas().size());
        changes.deltas().forEach(d -> out.add(delta(tournamentId, d)));
        return out;
    }

    /** A snapshot's fields, so that its (large) view is written straight to text. */
    record Snapshot(String type, long seq, TournamentView view) {
    }

    /**
     * The view's snapshot, written once per change number: subscribers that connect at the same
     * {@code seq} (a crowd arriving for a final) share its text and its frame.
     */
    private StreamText snapshot(String tournamentId, TournamentView view) {
        return snapshots.get(tournamentId + ':' + view.seq(), () -> {
            try {
                return StreamText.of(Json.mapper().writeValueAsString(new Snapshot("snapshot", view.seq(), view)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write a stream message", e);
            }
        });
    }

    StreamText delta(String tournamentId, TournamentDelta delta) {
        return shared.get(tournamentId + ':' + delta.seq(), () -> {
            ObjectNode node = Json.mapper().createObjectNode();
            node.put("type", "delta");
            node.setAll((ObjectNode) Json.mapper().valueToTree(delta));
            return Json.streamText(node);
        });
    }

    StreamText resync(long from) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("type", "resync");
        node.put("from", from);
        node.put("reason", "this connection fell more than " + subscriberBuffer
                + " messages behind; reconnect with ?from=" + from);
        return Json.streamText(node);
    }

}

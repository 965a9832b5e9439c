package dev.involution.bots.api.stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.involution.bots.api.ApiJson;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something that happened in a match, as the stream and {@code GET /api/matches/{id}/events} show
 * it: its {@code type}, its sequence number {@code seq} (1, 2, 3, ... without gaps), the time
 * {@code at} (epoch ms) and the whole event as JSON. Types this client knows have typed views
 * ({@link #roundSettled()}, {@link #decisionsSet()}, ...); every event, including types added by a
 * newer server (interventions, policy changes, messages, ...), can be read with {@link #json()} or
 * {@link #as(Class)}.
 */
public record MatchEvent(String type, long seq, long at, JsonNode json) implements StreamMessage {
    public static final String MATCH_CREATED = "match-created";
    public static final String SEAT_TAKEN = "seat-taken";
    public static final String MATCH_STARTED = "match-started";
    public static final String ROUND_OPENED = "round-opened";
    public static final String FIRM_READY = "firm-ready";
    public static final String ORDER_PLACED = "order-placed";
    public static final String ORDER_CANCELLED = "order-cancelled";
    public static final String DECISIONS_SET = "decisions-set";
    public static final String ROUND_SETTLED = "round-settled";
    public static final String MATCH_PAUSED = "match-paused";
    public static final String MATCH_RESUMED = "match-resumed";
    public static final String MATCH_FINISHED = "match-finished";

    public boolean is(String eventType) {
        return type.equals(eventType);
    }

    /** The event read as {@code view}, a record whose components name the event's members. */
    public <T> T as(Class<T> view) {
        return ApiJson.convert(json, view);
    }

    /** The firm the event is about, for events that have one (orders, decisions). */
    public OptionalInt firmId() {
        JsonNode id = json.get("firmId");
        if (id == null && json.path("holder").has("firmId")) {
            id = json.path("holder").get("firmId");
        }
        return id != null && id.canConvertToInt() ? OptionalInt.of(id.intValue()) : OptionalInt.empty();
    }

    public Optional<MatchCreatedEvent> matchCreated() {
        return view(MATCH_CREATED, MatchCreatedEvent.class);
    }

    public Optional<SeatTakenEvent> seatTaken() {
        return view(SEAT_TAKEN, SeatTakenEvent.class);
    }

    public Optional<MatchStartedEvent> matchStarted() {
        return view(MATCH_STARTED, MatchStartedEvent.class);
    }

    /** {@code round-opened}: a round's number, deadline and the farms' asks. */
    public Optional<RoundOpenedEvent> roundOpened() {
        return view(ROUND_OPENED, RoundOpenedEvent.class);
    }

    public Optional<OrderPlacedEvent> orderPlaced() {
        return view(ORDER_PLACED, OrderPlacedEvent.class);
    }

    public Optional<OrderCancelledEvent> orderCancelled() {
        return view(ORDER_CANCELLED, OrderCancelledEvent.class);
    }

    public Optional<DecisionsSetEvent> decisionsSet() {
        return view(DECISIONS_SET, DecisionsSetEvent.class);
    }

    public Optional<RoundSettledEvent> roundSettled() {
        return view(ROUND_SETTLED, RoundSettledEvent.class);
    }

    public Optional<MatchPausedEvent> matchPaused() {
        return view(MATCH_PAUSED, MatchPausedEvent.class);
    }

    public Optional<MatchResumedEvent> matchResumed() {
        return view(MATCH_RESUMED, MatchResumedEvent.class);
    }

    public Optional<MatchFinishedEvent> matchFinished() {
        return view(MATCH_FINISHED, MatchFinishedEvent.class);
    }

    private <T> Optional<T> view(String eventType, Class<T> view) {
        return is(eventType) ? Optional.of(as(view)) : Optional.empty();
    }
}

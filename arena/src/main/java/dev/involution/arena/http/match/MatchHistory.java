package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.parameterOptional;

import akka.NotUsed;
import akka.actor.typed.ActorSystem;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.Route;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.PersistenceQuery;
import akka.stream.javadsl.Sink;
import akka.stream.javadsl.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.involution.arena.http.FromParameter;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchEvent;
import dev.involution.arena.match.Matches;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A match's event history, read back from the journal: {@code GET /api/matches/{id}/events?from=SEQ&limit=N}
 * for resync and replay, and the source of the stream's catch-up. Events are shown in their public
 * form: what players' own idempotency keys and client order ids were is not shown to others.
 */
public final class MatchHistory {
    public static final int DEFAULT_LIMIT = 1_000;
    public static final int MAX_LIMIT = 10_000;
    /** Fields of events that only their player may know; the history and the stream leave them out. */
    public static final Set<String> PRIVATE_FIELDS = Set.of("idempotencyKey", "clientOrderId", "playerId");

    private final ActorSystem<?> system;
    private final JdbcReadJournal journal;
    private final Matches matches;

    public MatchHistory(ActorSystem<?> system, Matches matches) {
        this.system = system;
        this.matches = matches;
        this.journal = PersistenceQuery.get(system).getReadJournalFor(JdbcReadJournal.class, JdbcReadJournal.Identifier());
    }

    /** Events with {@code from <= seq <= to}, in order, as they were persisted. */
    public Source<MatchEvent, NotUsed> events(String matchId, long from, long to) {
        return journal.currentEventsByPersistenceId(MatchEntity.persistenceId(matchId), from, to)
                .map(envelope -> (MatchEvent) envelope.event());
    }

    /** The public JSON form of an event, as the history and the stream show it. */
    public static ObjectNode publicJson(MatchEvent event) {
        ObjectNode node = Json.mapper().valueToTree(event);
        strip(node);
        return node;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(PRIVATE_FIELDS);
            object.forEach(MatchHistory::strip);
        } else if (node.isArray()) {
            node.forEach(MatchHistory::strip);
        }
    }

    Route route(String matchId) {
        return parameterOptional("from", from -> parameterOptional("limit", limit -> {
            Optional<Long> start = parse(from, 1, Long.MAX_VALUE);
            Optional<Long> count = parse(limit, 1, MAX_LIMIT);
            if (from.isPresent() && start.isEmpty()) {
                return ProblemResponses.complete(FromParameter.invalid(1));
            }
            if (limit.isPresent() && count.isEmpty()) {
                return ProblemResponses.complete(Problem.invalidField("limit", "range",
                        "limit must be a whole number between 1 and " + MAX_LIMIT));
            }
            long first = start.orElse(1L);
            long n = count.orElse((long) DEFAULT_LIMIT);
            return onSuccess(matches.ask(matchId, MatchEntity.GetDetails::new), reply -> {
                if (reply instanceof MatchEntity.Rejected r) {
                    return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
                }
                long last = ((MatchEntity.Details) reply).details().seq();
                long to = Math.min(last, first + n - 1);
                CompletionStage<List<ObjectNode>> page = events(matchId, first, to)
                        .map(MatchHistory::publicJson)
                        .runWith(Sink.seq(), system);
                return onSuccess(page, list -> complete(StatusCodes.OK, list, Json.<List<ObjectNode>>marshaller()));
            });
        }));
    }

    private static Optional<Long> parse(Optional<String> value, long min, long max) {
        try {
            return value.map(Long::parseLong).filter(v -> v >= min && v <= max);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

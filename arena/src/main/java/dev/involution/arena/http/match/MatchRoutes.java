package dev.involution.arena.http.match;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.delete;
import static akka.http.javadsl.server.Directives.extractMethod;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.parameterOptional;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathEnd;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static akka.http.javadsl.server.Directives.post;
import static akka.http.javadsl.server.Directives.put;
import static akka.http.javadsl.server.Directives.reject;

import akka.http.javadsl.model.HttpMethods;
import akka.http.javadsl.model.StatusCode;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Location;
import akka.http.javadsl.model.headers.RetryAfter;
import akka.http.javadsl.server.PathMatcher1;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import dev.involution.arena.ArenaContext;
import dev.involution.arena.engine.ConfigProblem;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.VisibleText;
import dev.involution.arena.http.player.PlayerName;
import dev.involution.arena.match.MatchDirectory;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.MatchPresets;
import dev.involution.arena.match.MatchSettings;
import dev.involution.arena.match.Matches;
import dev.involution.arena.match.OverloadedMatches;
import dev.involution.arena.match.Rejection;
import dev.involution.arena.player.Authenticator;
import dev.involution.arena.player.Player;
import dev.involution.arena.view.ApiViews;
import dev.involution.arena.view.RemedyRequest;
import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.JoinRequest;
import dev.involution.bots.api.MatchConfigRequest;
import dev.involution.bots.api.MatchCreated;
import dev.involution.bots.api.MatchStatusChange;
import dev.involution.bots.api.MatchSummary;
import dev.involution.bots.api.MessagePosted;
import dev.involution.bots.api.MessageRequest;
import dev.involution.bots.api.MyRefusals;
import dev.involution.bots.api.ReadyAnswer;
import dev.involution.bots.api.ReadyRequest;
import dev.involution.bots.api.RefusalEntry;
import dev.involution.bots.api.OrderCancelled;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.PolicyChangeRequest;
import dev.involution.bots.api.SeatJoined;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The REST routes of matches under {@code /api/matches}: list and create, admin controls (archive
 * included), join,
 * orders, decisions, the public view, the player's own firm, the book, the event history, the
 * admin's broadcast messages and view of who is connected, and the CSV exports. They
 * only translate: HTTP in, a command to the match, its reply out as JSON or problem+json.
 */
public final class MatchRoutes {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 128;
    private static final MatchConfigRequest DEFAULT_CONFIG =
            new MatchConfigRequest(null, null, null, null, null, null, null, null, null, null);
    /** {@code /api/matches/{id}/orders}, as the nested directives of {@link #route()} match it. */
    private static final PathMatcher1<String> ORDERS = PathMatchers.segment("api").slash("matches")
            .slash(PathMatchers.segment()).slash("orders");

    private final ArenaContext context;
    private final Matches matches;
    private final MatchHistory history;
    private final MatchStream stream;
    private final MatchPresence presence;
    private final MatchExport export;
    private final OverloadedMatches overloaded;

    /** The routes of {@code matches}, with their event history, stream, connections and exports. */
    public MatchRoutes(ArenaContext context, Matches matches) {
        this.context = context;
        this.matches = matches;
        this.history = new MatchHistory(context.system(), matches);
        this.presence = new MatchPresence();
        this.stream = new MatchStream(context.system(), matches, history, context.origins(), context.webSockets(),
                context.metrics(),
                Clock.systemUTC(), presence, new StreamHello(context.auth(), context.players(), matches, presence));
        context.streams().add("/api/matches/*/stream",
                (segments, query) -> stream.subscribe(segments.get(0), query.apply("from")));
        this.export = new MatchExport(matches, history);
        this.overloaded = OverloadedMatches.get(context.system());
    }

    /**
     * {@code POST /api/matches/{id}/orders}, the busiest route, matched by path and method before
     * anything else of a match is built; to be tried before {@link #route()}. Anything else passes
     * on without a rejection of its own, so {@link #route()} answers it as if this were not there:
     * the same paths, the same handling of an order ({@link #placeOrder(String)}), the same errors.
     */
    public Route orderRoute() {
        return pathPrefix(ORDERS, matchId -> pathEnd(() -> extractMethod(method ->
                method.equals(HttpMethods.POST) && Matches.plausibleId(matchId) ? placeOrder(matchId) : reject())));
    }

    public Route route() {
        return pathPrefix("api", () -> pathPrefix("matches", () -> concat(
                pathEnd(() -> concat(
                        get(() -> parameterOptional("status", status ->
                                parameterOptional("archived", archived -> list(status, archived)))),
                        post(() -> context.auth().requireAdmin(() -> context.jsonBody()
                                .asOrElse(MatchConfigRequest.class, DEFAULT_CONFIG, this::create))))),
                pathPrefix(PathMatchers.segment(), matchId -> Matches.plausibleId(matchId)
                        ? matchRoutes(matchId)
                        : ProblemResponses.complete(Problem.notFound("no match with id '" + matchId + "'"))))));
    }

    /**
     * Every request under a match: its view at the match's own path, else the route of the next
     * segment alone (built per request, so only that one is built; an unknown segment is a 404).
     */
    private Route matchRoutes(String matchId) {
        return concat(
                pathEnd(() -> get(() -> answer(matchId, MatchEntity.GetDetails::new, StatusCodes.OK))),
                pathPrefix(PathMatchers.segment(), part -> matchRoute(matchId, part)));
    }

    private Route matchRoute(String matchId, String part) {
        return switch (part) {
            case "orders" -> orders(matchId);
            case "me" -> concat(
                    pathEnd(() -> get(() -> context.auth().authenticatePlayer(playerId ->
                            answer(matchId, replyTo -> new MatchEntity.GetMyFirm(playerId, replyTo),
                                    StatusCodes.OK)))),
                    path("refusals", () -> get(() -> context.auth().authenticatePlayer(playerId ->
                            refusals(matchId, playerId)))));
            case "export" -> export.route(matchId);
            default -> pathEnd(() -> endpoint(matchId, part));
        };
    }

    /** The route of {@code /api/matches/{id}/{part}}. */
    private Route endpoint(String matchId, String part) {
        return switch (part) {
            case "decisions" -> put(() -> context.auth().authenticatePlayer(playerId -> decisions(matchId, playerId)));
            case "book" -> get(() -> answer(matchId, MatchEntity.GetBook::new, StatusCodes.OK));
            case "stream" -> get(() -> stream.route(matchId));
            case "seats" -> post(() -> context.auth().authenticatedPlayer(player -> join(matchId, player)));
            case "ready" -> post(() -> context.auth().authenticatePlayer(playerId -> context.jsonBody()
                    .asOrElse(ReadyRequest.class, new ReadyRequest(null), r -> ready(matchId, playerId, r))));
            case "events" -> get(() -> history.route(matchId));
            case "start" -> post(() -> control(matchId, MatchEntity.ControlAction.START));
            case "pause" -> post(() -> control(matchId, MatchEntity.ControlAction.PAUSE));
            case "resume" -> post(() -> control(matchId, MatchEntity.ControlAction.RESUME));
            case "stop" -> post(() -> control(matchId, MatchEntity.ControlAction.STOP));
            case "archive" -> post(() -> archive(matchId, true));
            case "unarchive" -> post(() -> archive(matchId, false));
            case "policy" -> post(() -> context.auth().requireAdmin(() -> context.jsonBody()
                    .as(PolicyChangeRequest.class, change -> changePolicy(matchId, change))));
            case "messages" -> post(() -> context.auth().requireAdmin(() -> context.jsonBody()
                    .as(MessageRequest.class, message -> broadcast(matchId, message))));
            case "connections" -> get(() -> context.auth().requireAdmin(() -> connections(matchId)));
            default -> reject();
        };
    }

    private Route ready(String matchId, String playerId, ReadyRequest request) {
        return onSuccess(matches.ask(matchId, replyTo -> new MatchEntity.Ready(playerId, request.round(), replyTo)),
                reply -> reply instanceof MatchEntity.ReadyNoted noted
                        ? complete(StatusCodes.OK, new ReadyAnswer(matchId, noted.round(), noted.waitingFor(),
                        noted.lockstep()), Json.marshaller())
                        : translate(reply, StatusCodes.OK));
    }

    private Route refusals(String matchId, String playerId) {
        return onSuccess(matches.ask(matchId, replyTo -> new MatchEntity.GetMyRefusals(playerId, replyTo)),
                reply -> {
                    if (!(reply instanceof MatchEntity.MyRefusals mine)) {
                        return translate(reply, StatusCodes.OK);
                    }
                    List<RefusalEntry> entries = mine.refusals().stream().map(r -> new RefusalEntry(r.at(), r.round(),
                            r.request(), problem(r.rejection()).members())).toList();
                    return complete(StatusCodes.OK, new MyRefusals(matchId, entries), Json.marshaller());
                });
    }

    private Route broadcast(String matchId, MessageRequest message) {
        String text = MessageText.validate(message.text());
        return onSuccess(matches.ask(matchId, replyTo -> new MatchEntity.Broadcast(text, message.firmId(), replyTo)),
                reply -> reply instanceof MatchEntity.Broadcasted sent
                        ? complete(StatusCodes.CREATED, new MessagePosted(matchId, sent.seq()), Json.marshaller())
                        : translate(reply, StatusCodes.CREATED));
    }

    private Route connections(String matchId) {
        return onSuccess(matches.ask(matchId, MatchEntity.GetDetails::new),
                reply -> reply instanceof MatchEntity.Rejected
                        ? translate(reply, StatusCodes.OK)
                        : complete(StatusCodes.OK, presence.of(matchId), Json.marshaller()));
    }

    private Route orders(String matchId) {
        return concat(
                pathEnd(() -> post(() -> placeOrder(matchId))),
                path(PathMatchers.segment(), orderId -> delete(() -> context.auth().authenticatePlayer(
                        playerId -> cancelOrder(matchId, playerId, orderId)))));
    }

    private Route placeOrder(String matchId) {
        return context.auth().authenticatePlayer(playerId -> context.jsonBody()
                .bytes(body -> placeOrder(matchId, playerId, OrderJson.read(body, context.jsonBody()))));
    }

    private Route cancelOrder(String matchId, String playerId, String orderId) {
        long id;
        try {
            id = Long.parseLong(orderId);
        } catch (NumberFormatException e) {
            return ProblemResponses.complete(problem(Rejection.of(ResultCode.UNKNOWN_ORDER)));
        }
        return idempotencyKey(key -> answer(matchId,
                replyTo -> new MatchEntity.CancelOrder(playerId, id, key, replyTo), StatusCodes.OK));
    }

    private Route decisions(String matchId, String playerId) {
        return context.jsonBody().as(Decisions.class, d -> idempotencyKey(key -> answer(matchId,
                replyTo -> new MatchEntity.SetDecisions(playerId, ApiViews.decisions(d), RemedyRequest.of(d), key,
                        replyTo),
                StatusCodes.OK)));
    }

    /** The match list; archived matches only with {@code archived=true}, and then only those. */
    private Route list(Optional<String> status, Optional<String> archived) {
        if (archived.isPresent() && !archived.get().equals("true") && !archived.get().equals("false")) {
            return ProblemResponses.complete(Problem.invalidField("archived", "enum",
                    "archived must be true or false, was '" + archived.get() + "'"));
        }
        boolean wantArchived = archived.map(Boolean::parseBoolean).orElse(false);
        return onSuccess(matches.list(), all -> {
            List<MatchSummary> shown = all.stream()
                    .filter(m -> m.archived() == wantArchived)
                    .filter(m -> status.isEmpty() || m.status().equalsIgnoreCase(status.get()))
                    .toList();
            return complete(StatusCodes.OK, shown, Json.<List<MatchSummary>>marshaller());
        });
    }

    private Route archive(String matchId, boolean archived) {
        return context.auth().requireAdmin(() -> onSuccess(matches.archive(matchId, archived), reply -> {
            if (reply instanceof MatchDirectory.ArchiveDone done) {
                return complete(StatusCodes.OK, done.summary(), Json.marshaller());
            }
            MatchDirectory.ArchiveRefused refused = (MatchDirectory.ArchiveRefused) reply;
            return ProblemResponses.complete(refused.code().equals("NOT_FOUND")
                    ? Problem.notFound(refused.message()).with("code", "UNKNOWN_MATCH")
                    : Problem.of(409, "conflict", "Conflict", refused.message()).with("code", "MATCH_NOT_FINISHED"));
        }));
    }

    private Route create(MatchConfigRequest request) {
        VisibleText.requireVisible("name", request.name());
        if (!MatchPresets.knownPreset(request.preset())) {
            return ProblemResponses.complete(Problem.invalidField("preset", "enum",
                    "unknown preset '" + request.preset() + "'; known: " + MatchPresets.PRESETS.keySet()));
        }
        if (!MatchPresets.knownRules(request.rules())) {
            return ProblemResponses.complete(Problem.invalidField("rules", "enum",
                    "unknown rules '" + request.rules() + "'; known: classic, remedies"));
        }
        MatchSettings settings;
        try {
            settings = MatchPresets.settings(request, PolicyOverrides.policySettings(request.policySettings()),
                    matches::randomSeed, false);
        } catch (IllegalArgumentException e) {
            return ProblemResponses.complete(Problem.invalidRequest("invalid", e.getMessage()));
        }
        List<ConfigProblem> problems = MatchPresets.problems(settings);
        if (!problems.isEmpty()) {
            return ProblemResponses.complete(Problem.outOfRange(problems));
        }
        return onSuccess(matches.create(settings), reply -> reply instanceof MatchEntity.Created created
                ? complete(StatusCodes.CREATED, List.of(Location.create("/api/matches/" + created.matchId())),
                new MatchCreated(created.matchId()), Json.marshaller())
                : translate(reply, StatusCodes.CREATED));
    }

    private Route control(String matchId, MatchEntity.ControlAction action) {
        return context.auth().requireAdmin(() -> onSuccess(
                matches.ask(matchId, replyTo -> new MatchEntity.Control(action, replyTo)),
                reply -> reply instanceof MatchEntity.ControlDone done
                        ? complete(StatusCodes.OK, new MatchStatusChange(matchId, done.status().name()), Json.marshaller())
                        : translate(reply, StatusCodes.OK)));
    }

    private Route changePolicy(String matchId, PolicyChangeRequest change) {
        PolicySettings settings = PolicyOverrides.policySettings(change.policySettings());
        List<ConfigProblem> problems = settings.validate();
        if (!problems.isEmpty()) {
            return ProblemResponses.complete(Problem.outOfRange(problems));
        }
        return onSuccess(matches.ask(matchId, replyTo -> new MatchEntity.ChangePolicy(change.policy(), settings, replyTo)),
                reply -> reply instanceof MatchEntity.PolicySet set
                        ? complete(StatusCodes.OK, set, Json.marshaller())
                        : translate(reply, StatusCodes.OK));
    }

    private Route join(String matchId, Authenticator.Identity player) {
        return context.jsonBody().asOrElse(JoinRequest.class, new JoinRequest(null),
                body -> join(matchId, player, body.name()));
    }

    /** Seats the player; one known only by its ticket is stored once seated, before the answer. */
    private Route join(String matchId, Authenticator.Identity player, String requestedName) {
        String playerId = player.playerId();
        CompletionStage<String> name = requestedName != null
                ? CompletableFuture.completedFuture(PlayerName.validate(requestedName))
                : player.registration().isPresent()
                        ? CompletableFuture.completedFuture(player.registration().get().ticket().name())
                        : context.players().profile(playerId).thenApply(p -> p.map(Player.Profile::name).orElse(playerId));
        return idempotencyKey(key -> onSuccess(name.thenCompose(n -> matches.ask(matchId,
                        replyTo -> new MatchEntity.Join(playerId, n, key, replyTo)))
                        .thenCompose(reply -> reply instanceof MatchEntity.Joined
                                ? context.auth().keep(player).thenApply(kept -> reply)
                                : CompletableFuture.completedFuture(reply)),
                reply -> reply instanceof MatchEntity.Joined joined
                        ? complete(StatusCodes.CREATED, new SeatJoined(matchId, joined.firmId()), Json.marshaller())
                        : translate(reply, StatusCodes.CREATED)));
    }

    private Route placeOrder(String matchId, String playerId, OrderRequest order) {
        if (order.clientOrderId() != null && !keyOk(order.clientOrderId())) {
            return ProblemResponses.complete(keyProblem("clientOrderId", order.clientOrderId()));
        }
        if (overloaded.refusing(matchId)) {
            return translate(new MatchEntity.Rejected(OverloadedMatches.refusal()), StatusCodes.CREATED);
        }
        return onSuccess(matches.ask(matchId, replyTo -> new MatchEntity.PlaceOrder(playerId,
                        ApiViews.side(order.side()), order.price(), order.quantity(), order.clientOrderId(),
                        order.round(), order.fitted(), replyTo)),
                reply -> reply instanceof MatchEntity.OrderAccepted accepted
                        ? complete(OrderJson.created(accepted.result()))
                        : translate(reply, StatusCodes.CREATED));
    }

    private Route idempotencyKey(java.util.function.Function<String, Route> inner) {
        return akka.http.javadsl.server.Directives.optionalHeaderValueByName(IDEMPOTENCY_KEY, key -> {
            if (key.isPresent() && !keyOk(key.get())) {
                return ProblemResponses.complete(keyProblem(IDEMPOTENCY_KEY, key.get()));
            }
            return inner.apply(key.orElse(null));
        });
    }

    private static boolean keyOk(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && !VisibleText.hasForbidden(key);
    }

    private static Problem keyProblem(String field, String key) {
        if (VisibleText.hasForbidden(key)) {
            return Problem.invalidField(field, "control-characters",
                    field + " must not contain control or format characters (Unicode Cc, Cf)");
        }
        return Problem.invalidField(field, key.isEmpty() ? "min-length" : "max-length",
                field + " must be 1 to " + MAX_KEY_LENGTH + " characters");
    }

    private Route answer(String matchId, akka.japi.function.Function<akka.actor.typed.ActorRef<MatchEntity.Reply>,
            MatchEntity.Command> command, StatusCode success) {
        return onSuccess(matches.ask(matchId, command), reply -> translate(reply, success));
    }

    /** A match's reply as an HTTP response: the payload with {@code success}, or a problem. */
    static Route translate(MatchEntity.Reply reply, StatusCode success) {
        Object body;
        if (reply instanceof MatchEntity.Rejected r) {
            return r.rejection().kind() == Rejection.Kind.OVERLOADED
                    ? ProblemResponses.complete(problem(r.rejection()), List.of(RetryAfter.create(1L)))
                    : ProblemResponses.complete(problem(r.rejection()));
        } else if (reply instanceof MatchEntity.Details d) {
            body = d.details();
        } else if (reply instanceof MatchEntity.Book b) {
            body = b.book();
        } else if (reply instanceof MatchEntity.Mine m) {
            body = m.firm();
        } else if (reply instanceof MatchEntity.OrderAccepted o) {
            body = o.result();
        } else if (reply instanceof MatchEntity.OrderCancelled c) {
            body = new OrderCancelled(c.orderId(), "CANCELLED");
        } else if (reply instanceof MatchEntity.DecisionsAccepted d) {
            body = d.result();
        } else if (reply instanceof MatchEntity.Joined j) {
            body = j;
        } else {
            body = reply;
        }
        return complete(success, body, Json.marshaller());
    }

    /**
     * The problem+json for a match's refusal: the status from its kind and the match's code (e.g.
     * {@code INVALID_PRICE}, {@code MATCH_PAUSED}) as {@code code}. The {@code rule} is the one a
     * request breaks ({@code range} for a field out of its bounds, the {@code INVALID_*} codes;
     * {@code reused-key}), else the market's rule, named by the code.
     */
    public static Problem problem(Rejection r) {
        boolean outOfRange = r.malformed();
        Problem p = switch (r.kind()) {
            case NOT_FOUND -> Problem.notFound(r.message());
            case FORBIDDEN -> Problem.forbidden(r.message());
            case CONFLICT -> Problem.of(409, "conflict", "Conflict", r.message());
            case KEY_REUSED -> Problem.of(422, "idempotency-key-reused", "Idempotency key reused", r.message());
            case OVERLOADED -> Problem.unavailable(r.message());
            case INVALID -> outOfRange
                    ? Problem.invalidRequest("range", r.message())
                    : Problem.of(422, "rule-violated", "Against the rules of the market", r.message());
        };
        String rule = r.kind() == Rejection.Kind.KEY_REUSED ? "reused-key" : outOfRange ? "range" : r.code();
        p = p.with("rule", rule).with("code", r.code());
        if (r.untilRound() != null) {
            p = p.with("untilRound", r.untilRound());
        }
        for (var number : r.numbers().entrySet()) {
            p = p.with(number.getKey(), number.getValue());
        }
        return r.field() != null ? p.with("field", r.field()) : p;
    }
}

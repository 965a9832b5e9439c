package dev.involution.arena.http.tournament;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.delete;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.parameterOptional;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathEnd;
import static akka.http.javadsl.server.Directives.pathPrefix;
import static akka.http.javadsl.server.Directives.post;

import akka.http.javadsl.model.StatusCode;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.model.headers.Location;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import dev.involution.arena.ArenaContext;
import dev.involution.arena.engine.ConfigProblem;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.VisibleText;
import dev.involution.arena.http.match.MatchRoutes;
import dev.involution.arena.http.match.PolicyOverrides;
import dev.involution.arena.match.Matches;
import dev.involution.arena.player.Authenticator;
import dev.involution.arena.player.Player;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.arena.tournament.TournamentSettings;
import dev.involution.arena.tournament.Tournaments;
import dev.involution.bots.api.TournamentRequest;
import dev.involution.bots.api.TournamentSummary;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.Optional;

/**
 * The REST routes of tournaments under {@code /api/tournaments} and the arena's leaderboard at
 * {@code /api/leaderboard}: create and list, the admin's start, pause and resume, register and
 * withdraw, the view, the leaderboard, the results as CSV and the stream. They only translate: HTTP
 * in, a command to the tournament, its reply out as JSON or problem+json.
 */
public final class TournamentRoutes {
    private static final TournamentRequest DEFAULT_REQUEST =
            new TournamentRequest(null, null, null, null, null, null, null, null, null, null);

    private final ArenaContext context;
    private final Tournaments tournaments;
    private final Matches matches;
    private final TournamentStream stream;

    /** The routes of {@code tournaments}, whose matches are among {@code matches}, with their stream. */
    public TournamentRoutes(ArenaContext context, Tournaments tournaments, Matches matches) {
        this.context = context;
        this.tournaments = tournaments;
        this.matches = matches;
        this.stream = new TournamentStream(context.system(), tournaments, context.origins(), context.webSockets());
        context.streams().add("/api/tournaments/*/stream",
                (segments, query) -> stream.subscribe(segments.get(0), query.apply("from")));
    }

    public Route route() {
        return pathPrefix("api", () -> concat(
                path("leaderboard", () -> get(() -> onSuccess(tournaments.globalLeaderboard(),
                        board -> complete(StatusCodes.OK, board, Json.marshaller())))),
                pathPrefix("tournaments", () -> concat(
                        pathEnd(() -> concat(
                                get(() -> parameterOptional("status", this::list)),
                                post(() -> context.auth().requireAdmin(() -> context.jsonBody()
                                        .asOrElse(TournamentRequest.class, DEFAULT_REQUEST, this::create))))),
                        pathPrefix(PathMatchers.segment(), id -> Matches.plausibleId(id)
                                ? tournamentRoutes(id)
                                : ProblemResponses.complete(Problem.notFound("no tournament with id '" + id + "'")))))));
    }

    private Route tournamentRoutes(String id) {
        return concat(
                pathEnd(() -> get(() -> answer(id, TournamentEntity.GetView::new, StatusCodes.OK))),
                path("start", () -> post(() -> control(id, TournamentEntity.ControlAction.START))),
                path("pause", () -> post(() -> control(id, TournamentEntity.ControlAction.PAUSE))),
                path("resume", () -> post(() -> control(id, TournamentEntity.ControlAction.RESUME))),
                path("stop", () -> post(() -> control(id, TournamentEntity.ControlAction.STOP))),
                pathPrefix("entrants", () -> concat(
                        pathEnd(() -> post(() -> context.auth().authenticatedPlayer(player -> register(id, player)))),
                        path("me", () -> delete(() -> context.auth().authenticatePlayer(playerId -> answer(id,
                                replyTo -> new TournamentEntity.Withdraw(playerId, replyTo), StatusCodes.NO_CONTENT)))))),
                path("leaderboard", () -> get(() -> onSuccess(tournaments.ask(id, TournamentEntity.GetView::new),
                        reply -> reply instanceof TournamentEntity.View v
                                ? complete(StatusCodes.OK, v.view().leaderboard(), Json.marshaller())
                                : translate(reply, StatusCodes.OK)))),
                path("results.csv", () -> get(() -> onSuccess(tournaments.ask(id, TournamentEntity.GetView::new),
                        reply -> reply instanceof TournamentEntity.View v
                                ? TournamentCsv.results(v.view())
                                : translate(reply, StatusCodes.OK)))),
                path("stream", () -> get(() -> stream.route(id))));
    }

    private Route list(Optional<String> status) {
        return onSuccess(tournaments.list(), all -> {
            List<TournamentSummary> shown = status.isEmpty() ? all
                    : all.stream().filter(t -> t.status().equalsIgnoreCase(status.get())).toList();
            return complete(StatusCodes.OK, shown, Json.<List<TournamentSummary>>marshaller());
        });
    }

    private Route create(TournamentRequest request) {
        VisibleText.requireVisible("name", request.name());
        TournamentSettings settings;
        try {
            settings = TournamentSettings.from(request, PolicyOverrides.policySettings(
                    request.match() != null ? request.match().policySettings() : null), matches::randomSeed);
        } catch (IllegalArgumentException e) {
            return ProblemResponses.complete(Problem.invalidRequest("invalid", e.getMessage()));
        }
        List<ConfigProblem> problems = settings.validate();
        if (!problems.isEmpty()) {
            return ProblemResponses.complete(Problem.outOfRange(problems));
        }
        return onSuccess(tournaments.create(settings), reply -> reply instanceof TournamentEntity.View v
                ? complete(StatusCodes.CREATED,
                        List.of(Location.create("/api/tournaments/" + v.view().summary().tournamentId())),
                        v.view(), Json.marshaller())
                : translate(reply, StatusCodes.CREATED));
    }

    private Route control(String id, TournamentEntity.ControlAction action) {
        return context.auth().requireAdmin(() ->
                answer(id, replyTo -> new TournamentEntity.Control(action, replyTo), StatusCodes.OK));
    }

    /** Enters the player; one known only by its ticket is stored once entered, before the answer. */
    private Route register(String id, Authenticator.Identity player) {
        String playerId = player.playerId();
        CompletionStage<String> name = player.registration().isPresent()
                ? CompletableFuture.completedFuture(player.registration().get().ticket().name())
                : context.players().profile(playerId).thenApply(p -> p.map(Player.Profile::name).orElse(playerId));
        return onSuccess(name.thenCompose(n -> tournaments.ask(id,
                                replyTo -> new TournamentEntity.Register(playerId, n, replyTo)))
                        .thenCompose(reply -> reply instanceof TournamentEntity.Registered
                                ? context.auth().keep(player).thenApply(kept -> reply)
                                : CompletableFuture.completedFuture(reply)),
                reply -> reply instanceof TournamentEntity.Registered r
                        ? complete(r.isNew() ? StatusCodes.CREATED : StatusCodes.OK, r.entrant(), Json.marshaller())
                        : translate(reply, StatusCodes.CREATED));
    }

    private Route answer(String id, akka.japi.function.Function<akka.actor.typed.ActorRef<TournamentEntity.Reply>,
            TournamentEntity.Command> command, StatusCode success) {
        return onSuccess(tournaments.ask(id, command), reply -> translate(reply, success));
    }

    /** A tournament's reply as an HTTP response: the payload with {@code success}, or a problem. */
    private static Route translate(TournamentEntity.Reply reply, StatusCode success) {
        if (reply instanceof TournamentEntity.Rejected r) {
            return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
        }
        if (success == StatusCodes.NO_CONTENT) {
            return complete(StatusCodes.NO_CONTENT);
        }
        Object body = reply instanceof TournamentEntity.View v ? v.view()
                : reply instanceof TournamentEntity.Summary s ? s.summary()
                : reply;
        return complete(success, body, Json.marshaller());
    }
}

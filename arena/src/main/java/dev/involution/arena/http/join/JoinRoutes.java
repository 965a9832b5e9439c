package dev.involution.arena.http.join;

import static akka.http.javadsl.server.Directives.complete;
import static akka.http.javadsl.server.Directives.concat;
import static akka.http.javadsl.server.Directives.get;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.path;
import static akka.http.javadsl.server.Directives.pathPrefix;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.http.javadsl.model.StatusCodes;
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.RateLimit;
import dev.involution.arena.http.match.MatchRoutes;
import dev.involution.arena.http.player.AuthDirectives;
import dev.involution.arena.join.JoinAddresses;
import dev.involution.arena.join.JoinCode;
import dev.involution.arena.join.JoinCodeRegistry;
import dev.involution.arena.join.JoinQr;
import dev.involution.arena.join.JoinTarget;
import dev.involution.arena.match.MatchEntity;
import dev.involution.arena.match.Matches;
import dev.involution.arena.tournament.TournamentEntity;
import dev.involution.arena.tournament.Tournaments;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Joining a class by code. The admin's {@code GET /api/matches/{id}/join-code} and
 * {@code GET /api/tournaments/{id}/join-code} answer the code (issued at the first request) with
 * the join links and their QR codes; anyone's {@code GET /api/join/{code}} answers what the code
 * leads to, under its own rate limit per client address so that codes cannot be found by trying.
 * A code leads nowhere once its match or tournament is over.
 */
public final class JoinRoutes {
    private final ActorSystem<?> system;
    private final AuthDirectives auth;
    private final ActorRef<JoinCodeRegistry.Command> registry;
    private final Matches matches;
    private final Tournaments tournaments;
    private final JoinAddresses addresses;
    private final RateLimit lookups;
    private final Duration askTimeout;

    public JoinRoutes(ActorSystem<?> system, AuthDirectives auth, ActorRef<JoinCodeRegistry.Command> registry,
                      Matches matches, Tournaments tournaments, JoinAddresses addresses, RateLimit lookups,
                      Duration askTimeout) {
        this.system = system;
        this.auth = auth;
        this.registry = registry;
        this.matches = matches;
        this.tournaments = tournaments;
        this.addresses = addresses;
        this.lookups = lookups;
        this.askTimeout = askTimeout;
    }

    public Route route() {
        return pathPrefix("api", () -> concat(
                pathPrefix("join", () -> path(PathMatchers.segment(), typed -> get(() -> lookups.limit(() -> lookup(typed))))),
                pathPrefix("matches", () -> path(PathMatchers.segment().slash("join-code"), matchId ->
                        get(() -> auth.requireAdmin(() -> issue(JoinTarget.match(matchId)))))),
                pathPrefix("tournaments", () -> path(PathMatchers.segment().slash("join-code"), id ->
                        get(() -> auth.requireAdmin(() -> issue(JoinTarget.tournament(id))))))));
    }

    private Route issue(JoinTarget target) {
        if (!Matches.plausibleId(target.id())) {
            return ProblemResponses.complete(Problem.notFound("no " + kind(target) + " with id '" + target.id() + "'"));
        }
        return onSuccess(status(target), found -> {
            if (found instanceof Refused refused) {
                return ProblemResponses.complete(refused.problem());
            }
            Live live = (Live) found;
            if (live.over()) {
                return ProblemResponses.complete(conflict("CLASS_OVER", "this " + kind(target)
                        + " is over: there is nothing left to join"));
            }
            if (live.closedReason() != null) {
                return ProblemResponses.complete(conflict("NOT_JOINABLE", live.closedReason()));
            }
            return onSuccess(AskPattern.<JoinCodeRegistry.Command, JoinCodeRegistry.Issued>ask(registry,
                            replyTo -> new JoinCodeRegistry.Issue(target, replyTo), askTimeout, system.scheduler()),
                    issued -> complete(StatusCodes.OK, view(issued.code(), target, live.name()), Json.marshaller()));
        });
    }

    private JoinViews.JoinCodeView view(String code, JoinTarget target, String name) {
        List<JoinViews.JoinLink> links = addresses.origins().stream().map(origin -> {
            String url = origin + "/#/join/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
            return new JoinViews.JoinLink(origin, url, JoinQr.modules(url));
        }).toList();
        return new JoinViews.JoinCodeView(code, kind(target), target.id(), name, links);
    }

    private Route lookup(String typed) {
        Optional<String> code = JoinCode.parse(typed);
        if (code.isEmpty()) {
            return ProblemResponses.complete(Problem.invalidField("code", "pattern",
                    "a join code is " + JoinCode.LENGTH + " letters and digits (no 0, 1, I, L or O), e.g. K7PM2Q"));
        }
        CompletionStage<Object> answer = AskPattern.<JoinCodeRegistry.Command, JoinCodeRegistry.Resolved>ask(registry,
                        replyTo -> new JoinCodeRegistry.Resolve(code.get(), replyTo), askTimeout, system.scheduler())
                .thenCompose(resolved -> resolved.target().isEmpty()
                        ? CompletableFuture.completedFuture(null)
                        : status(resolved.target().get()).thenApply(found -> {
                            JoinTarget target = resolved.target().get();
                            if (!(found instanceof Live live) || live.over()) {
                                registry.tell(new JoinCodeRegistry.Retire(target));
                                return null;
                            }
                            return new JoinViews.JoinLookup(code.get(), kind(target), target.id(), live.name(),
                                    live.status());
                        }));
        return onSuccess(answer, found -> found == null
                ? ProblemResponses.complete(Problem.notFound("no class is using the join code " + code.get()
                        + " (codes end with their match or tournament); check it with your teacher")
                        .with("code", "UNKNOWN_JOIN_CODE"))
                : complete(StatusCodes.OK, found, Json.marshaller()));
    }

    /** A match or tournament as far as joining goes: its name and status, whether it is over, and why it takes no one. */
    private record Live(String name, String status, boolean over, String closedReason) {
    }

    private record Refused(Problem problem) {
    }

    private CompletionStage<Object> status(JoinTarget target) {
        if (target.kind() == JoinTarget.Kind.MATCH) {
            return matches.ask(target.id(), MatchEntity.GetDetails::new).thenApply(reply -> {
                if (reply instanceof MatchEntity.Details d) {
                    var s = d.details().summary();
                    String closed = s.demo() ? "the demo match takes no students: create a class match"
                            : s.practice() ? "a practice match is its player's own"
                            : s.tournamentId() != null ? "this match's seats belong to its tournament: show the tournament's code"
                            : null;
                    return new Live(s.name(), s.status(), "FINISHED".equals(s.status()), closed);
                }
                return new Refused(MatchRoutes.problem(((MatchEntity.Rejected) reply).rejection()));
            });
        }
        return tournaments.ask(target.id(), TournamentEntity.GetView::new).thenApply(reply -> {
            if (reply instanceof TournamentEntity.View v) {
                var s = v.view().summary();
                return new Live(s.name(), s.status(), "FINISHED".equals(s.status()), null);
            }
            return new Refused(MatchRoutes.problem(((TournamentEntity.Rejected) reply).rejection()));
        });
    }

    private static Problem conflict(String code, String detail) {
        return Problem.of(409, "conflict", "Conflict", detail).with("code", code);
    }

    private static String kind(JoinTarget target) {
        return target.kind() == JoinTarget.Kind.MATCH ? "match" : "tournament";
    }
}

package dev.involution.arena.http.ladder;

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
import akka.http.javadsl.server.PathMatchers;
import akka.http.javadsl.server.Route;
import dev.involution.arena.ArenaContext;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.Problem;
import dev.involution.arena.http.ProblemResponses;
import dev.involution.arena.http.match.MatchRoutes;
import dev.involution.arena.ladder.Ladder;
import dev.involution.arena.ladder.LadderEntity;
import dev.involution.arena.player.Player;
import java.util.Optional;

/**
 * The routes of the always-on ladder under {@code /api/ladder}: the ladder (standings, matches in
 * play, the last results), joining and leaving it, a player's place on it, an entrant's rating
 * history and the recent matches. They only translate: HTTP in, a command to the ladder, its reply
 * out as JSON or problem+json.
 */
public final class LadderRoutes {
    static final int MAX_LIMIT = 200;
    private final ArenaContext context;
    private final Ladder ladder;

    public LadderRoutes(ArenaContext context, Ladder ladder) {
        this.context = context;
        this.ladder = ladder;
    }

    public Route route() {
        return pathPrefix("api", () -> pathPrefix("ladder", () -> concat(
                pathEnd(() -> get(() -> answer(LadderEntity.GetView::new, StatusCodes.OK))),
                pathPrefix("entrants", () -> concat(
                        pathEnd(() -> post(() -> context.auth().authenticatePlayer(this::join))),
                        path("me", () -> concat(
                                get(() -> context.auth().authenticatePlayer(playerId ->
                                        answer(replyTo -> new LadderEntity.GetMember(playerId, replyTo), StatusCodes.OK))),
                                delete(() -> context.auth().authenticatePlayer(playerId ->
                                        answer(replyTo -> new LadderEntity.Leave(playerId, replyTo),
                                                StatusCodes.NO_CONTENT))))))),
                path(PathMatchers.segment("players").slash(PathMatchers.segment()), id -> get(() ->
                        answer(replyTo -> new LadderEntity.GetPlayer(id, replyTo), StatusCodes.OK))),
                path("matches", () -> get(() -> parameterOptional("limit", this::matches))))));
    }

    private Route join(String playerId) {
        return onSuccess(context.players().profile(playerId)
                        .thenApply(p -> p.map(Player.Profile::name).orElse(playerId))
                        .thenCompose(name -> ladder.ask(replyTo -> new LadderEntity.Join(playerId, name, replyTo))),
                reply -> reply instanceof LadderEntity.Member m
                        ? complete(m.isNew() ? StatusCodes.CREATED : StatusCodes.OK, m.member(), Json.marshaller())
                        : translate(reply, StatusCodes.OK));
    }

    private Route matches(Optional<String> limit) {
        int n;
        try {
            n = limit.map(Integer::parseInt).orElse(20);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_LIMIT) {
            return ProblemResponses.complete(Problem.invalidField("limit", "range",
                    "limit must be a whole number between 1 and " + MAX_LIMIT));
        }
        int count = n;
        return answer(replyTo -> new LadderEntity.GetMatches(count, replyTo), StatusCodes.OK);
    }

    private Route answer(akka.japi.function.Function<akka.actor.typed.ActorRef<LadderEntity.Reply>,
            LadderEntity.Command> command, StatusCode success) {
        return onSuccess(ladder.ask(command), reply -> translate(reply, success));
    }

    private static Route translate(LadderEntity.Reply reply, StatusCode success) {
        if (reply instanceof LadderEntity.Rejected r) {
            return ProblemResponses.complete(MatchRoutes.problem(r.rejection()));
        }
        if (success == StatusCodes.NO_CONTENT) {
            return complete(StatusCodes.NO_CONTENT);
        }
        Object body = reply instanceof LadderEntity.View v ? v.view()
                : reply instanceof LadderEntity.Member m ? m.member()
                : reply instanceof LadderEntity.Player p ? p.player()
                : reply instanceof LadderEntity.MatchList l ? l.matches()
                : reply;
        return complete(success, body, Json.marshaller());
    }
}

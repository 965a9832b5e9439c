package dev.involution.arena.tournament;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.japi.function.Function;
import dev.involution.arena.match.Matches;
import dev.involution.bots.api.LeaderboardEntry;
import dev.involution.bots.api.NextMatch;
import dev.involution.bots.api.TournamentSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asks tournament entities and the tournament directory on behalf of the routes. */
public final class Tournaments {
    private final ActorSystem<?> system;
    private final ClusterSharding sharding;
    private final ActorRef<TournamentDirectory.Command> directory;
    private final Matches matches;
    private final Duration askTimeout;

    public Tournaments(ActorSystem<?> system, ActorRef<TournamentDirectory.Command> directory, Matches matches,
                       Duration askTimeout) {
        this.system = system;
        this.sharding = ClusterSharding.get(system);
        this.directory = directory;
        this.matches = matches;
        this.askTimeout = askTimeout;
    }

    /** Registers a fresh tournament id in the directory, then creates the tournament with these settings. */
    public CompletionStage<TournamentEntity.Reply> create(TournamentSettings settings) {
        String id = matches.newMatchId();
        return AskPattern.<TournamentDirectory.Command, TournamentDirectory.Registered>ask(directory,
                        replyTo -> new TournamentDirectory.Register(id, replyTo), askTimeout, system.scheduler())
                .thenCompose(registered -> ask(id, replyTo -> new TournamentEntity.Create(settings, replyTo)));
    }

    public CompletionStage<TournamentEntity.Reply> ask(String tournamentId,
                                                       Function<ActorRef<TournamentEntity.Reply>, TournamentEntity.Command> command) {
        return sharding.entityRefFor(TournamentEntity.TYPE_KEY, tournamentId).ask(command, askTimeout);
    }

    /** Every tournament that has reported, newest first. */
    public CompletionStage<List<TournamentSummary>> list() {
        return listing().thenApply(listing -> {
            List<TournamentSummary> newestFirst = new ArrayList<>(listing.tournaments());
            newestFirst.sort(Comparator.comparingLong(TournamentSummary::createdAt).reversed()
                    .thenComparing(TournamentSummary::tournamentId));
            return newestFirst;
        });
    }

    /** The last global leaderboard, with the tournaments and their played matches it was built from. */
    private record BuiltBoard(List<String> playedMatches, List<LeaderboardEntry> entries) {
    }

    private volatile BuiltBoard lastBoard = new BuiltBoard(List.of(), List.of());

    /**
     * The arena's leaderboard of players: every tournament's played matches replayed in the order
     * they were recorded (ties by tournament and match), so the ratings are as if one long league.
     * It changes only when a tournament records a result, so it is built again only when the
     * directory's count of played matches of some tournament has changed since the last build;
     * otherwise the request costs one question to the directory.
     */
    public CompletionStage<List<LeaderboardEntry>> globalLeaderboard() {
        return listing().thenCompose(listing -> {
            Map<String, Integer> playedBy = new HashMap<>();
            listing.tournaments().forEach(t -> playedBy.put(t.tournamentId(), t.matchesPlayed()));
            List<String> played = listing.ids().stream()
                    .map(id -> id + ':' + playedBy.getOrDefault(id, -1))
                    .sorted()
                    .toList();
            BuiltBoard last = lastBoard;
            if (last.playedMatches().equals(played)) {
                return CompletableFuture.completedFuture(last.entries());
            }
            List<CompletableFuture<List<TournamentEntity.RatedMatch>>> asked = new ArrayList<>();
            for (String id : listing.ids()) {
                asked.add(ask(id, TournamentEntity.GetPlacings::new)
                        .thenApply(reply -> reply instanceof TournamentEntity.Placings p
                                ? p.matches() : List.<TournamentEntity.RatedMatch>of())
                        .toCompletableFuture());
            }
            return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<TournamentEntity.RatedMatch> all = new ArrayList<>();
                asked.forEach(f -> all.addAll(f.join()));
                all.sort(Comparator.comparingLong(TournamentEntity.RatedMatch::at)
                        .thenComparing(TournamentEntity.RatedMatch::tournamentId)
                        .thenComparingInt(TournamentEntity.RatedMatch::number));
                Leaderboard board = new Leaderboard();
                all.forEach(m -> board.record(m.placings()));
                List<LeaderboardEntry> entries = List.copyOf(board.entries());
                lastBoard = new BuiltBoard(played, entries);
                return entries;
            });
        });
    }

    /** The player's drawn matches not yet played in every tournament that is not finished. */
    public CompletionStage<List<NextMatch>> playerMatches(String playerId) {
        return listing().thenCompose(listing -> {
            List<CompletableFuture<List<NextMatch>>> asked = new ArrayList<>();
            for (TournamentSummary t : listing.tournaments()) {
                if (!TournamentStatus.FINISHED.name().equals(t.status()) && "live".equals(t.mode())) {
                    asked.add(ask(t.tournamentId(), replyTo -> new TournamentEntity.GetPlayerMatches(playerId, replyTo))
                            .thenApply(reply -> reply instanceof TournamentEntity.PlayerMatchList l
                                    ? l.matches() : List.<NextMatch>of())
                            .toCompletableFuture());
                }
            }
            return CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<NextMatch> all = new ArrayList<>();
                asked.forEach(f -> all.addAll(f.join()));
                return all;
            });
        });
    }

    private CompletionStage<TournamentDirectory.Listing> listing() {
        return AskPattern.ask(directory, TournamentDirectory.GetAll::new, askTimeout, system.scheduler());
    }
}

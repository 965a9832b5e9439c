package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.AskPattern;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.EntityRef;
import akka.japi.function.Function;
import dev.involution.bots.api.MatchDetails;
import dev.involution.bots.api.MatchSummary;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asks match entities and the match directory on behalf of routes and the demo keeper. */
public final class Matches {
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private final ActorSystem<?> system;
    private final ClusterSharding sharding;
    private final ActorRef<MatchDirectory.Command> directory;
    private final Duration askTimeout;
    private final SecureRandom random = new SecureRandom();

    public Matches(ActorSystem<?> system, ActorRef<MatchDirectory.Command> directory, Duration askTimeout) {
        this.system = system;
        this.sharding = ClusterSharding.get(system);
        this.directory = directory;
        this.askTimeout = askTimeout;
    }

    /** Registers a fresh match id in the directory, then creates the match with these settings. */
    public CompletionStage<MatchEntity.Reply> create(MatchSettings settings) {
        return create(newMatchId(), settings);
    }

    /**
     * Registers the given match id and creates the match with these settings; asked again with the
     * same id (after a restart) it answers {@code MATCH_EXISTS} and changes nothing.
     */
    public CompletionStage<MatchEntity.Reply> create(String matchId, MatchSettings settings) {
        return AskPattern.<MatchDirectory.Command, MatchDirectory.Registered>ask(directory,
                        replyTo -> new MatchDirectory.Register(matchId, replyTo), askTimeout, system.scheduler())
                .thenCompose(registered -> ask(matchId, replyTo -> new MatchEntity.Create(settings, replyTo)));
    }

    public CompletionStage<MatchEntity.Reply> ask(String matchId, Function<ActorRef<MatchEntity.Reply>, MatchEntity.Command> command) {
        return match(matchId).ask(command, askTimeout);
    }

    /**
     * The match's details once it has finished with its standings; null while it is being played.
     * Fails when the match does not answer with its details.
     */
    public CompletionStage<MatchDetails> finishedDetails(String matchId) {
        return ask(matchId, MatchEntity.GetDetails::new).thenCompose(reply -> {
            if (!(reply instanceof MatchEntity.Details d)) {
                return CompletableFuture.failedFuture(new IllegalStateException("match " + matchId + ": " + reply));
            }
            MatchDetails details = d.details();
            boolean finished = MatchStatus.FINISHED.name().equals(details.summary().status())
                    && !details.standings().isEmpty();
            return CompletableFuture.completedFuture(finished ? details : null);
        });
    }

    public CompletionStage<List<MatchSummary>> list() {
        return AskPattern.<MatchDirectory.Command, MatchDirectory.Listing>ask(directory,
                        MatchDirectory.GetAll::new, askTimeout, system.scheduler())
                .thenApply(MatchDirectory.Listing::matches);
    }

    /** Archives a finished match, or takes a match out of the archive ({@code archived} false). */
    public CompletionStage<MatchDirectory.ArchiveReply> archive(String matchId, boolean archived) {
        return AskPattern.<MatchDirectory.Command, MatchDirectory.ArchiveReply>ask(directory,
                replyTo -> new MatchDirectory.Archive(matchId, archived, replyTo), askTimeout, system.scheduler());
    }

    public long randomSeed() {
        return random.nextLong() & Long.MAX_VALUE;
    }

    private EntityRef<MatchEntity.Command> match(String matchId) {
        return sharding.entityRefFor(MatchEntity.TYPE_KEY, matchId);
    }

    /** A fresh random match id. */
    public String newMatchId() {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_ALPHABET[random.nextInt(ID_ALPHABET.length)];
        }
        return new String(id);
    }

    /** Whether a string can be a match id; anything else is answered 404 without waking an entity. */
    public static boolean plausibleId(String id) {
        if (id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (char c : id.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}

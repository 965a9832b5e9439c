package dev.involution.bots.runner;

import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.FinalStanding;
import dev.involution.bots.api.FirmRound;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.MyFirm;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.RoundResult;
import dev.involution.bots.api.stream.MarketSettings;
import dev.involution.bots.api.stream.MatchEvent;
import dev.involution.bots.api.stream.MatchFinishedEvent;
import dev.involution.bots.api.stream.Snapshot;
import dev.involution.bots.api.stream.StreamMessage;
import dev.involution.bots.client.ArenaClient;
import dev.involution.bots.client.ArenaException;
import dev.involution.bots.client.ArenaTransportException;
import dev.involution.bots.client.FollowOptions;
import dev.involution.bots.client.MatchFollower;
import dev.involution.bots.strategy.Plan;
import dev.involution.bots.strategy.Strategy;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * One seat played by a {@link Strategy} against a remote arena, to the end of the match: it joins,
 * follows the match's stream, and whenever a round opens it reads its own firm ({@code /me}) and
 * the book, asks the strategy for a plan, and posts the plan's decisions and orders. Each settled
 * round is logged in one line; refusals are logged and play goes on.
 */
public final class BotSession {
    private static final long DEFAULT_USERS_PER_UNIT = 1_000;
    private static final long DEFAULT_BASE_COST = 5_000;

    /** How a session ended: the seat, the final standing (null if the firm is not ranked) and what was sent. */
    public record Outcome(String matchId, int firmId, FinalStanding standing, boolean stopped, int roundsSettled,
                          int roundsPlayed, long decisionsAccepted, long ordersAccepted, long refusals) {
    }

    private final ArenaClient client;
    private final String matchId;
    private final String firmName;
    private final Strategy strategy;
    private final Consumer<String> log;
    private final FollowOptions followOptions;
    private final RoundTracker tracker = new RoundTracker();
    private final CompletableFuture<Void> over = new CompletableFuture<>();

    private int firmId = -1;
    private long usersPerUnit = DEFAULT_USERS_PER_UNIT;
    private long baseCost = DEFAULT_BASE_COST;
    private RoundResult lastRound;
    private MatchFinishedEvent finished;
    private int roundsSettled;
    private int roundsPlayed;
    private long decisionsAccepted;
    private long ordersAccepted;
    private long refusals;
    private volatile MatchFollower follower;

    /**
     * @param client   a client with the player's token
     * @param firmName the firm's name in the match, or null for the player's name
     * @param log      where the lines of the log go
     */
    public BotSession(ArenaClient client, String matchId, String firmName, Strategy strategy, Consumer<String> log) {
        this(client, matchId, firmName, strategy, log, FollowOptions.defaults());
    }

    public BotSession(ArenaClient client, String matchId, String firmName, Strategy strategy, Consumer<String> log,
                      FollowOptions followOptions) {
        this.client = client;
        this.matchId = matchId;
        this.firmName = firmName;
        this.strategy = strategy;
        this.log = log;
        this.followOptions = followOptions.withStopAfterFinish(true);
    }

    /** Joins and plays until the match finishes; an exception if joining failed or the stream gave up. */
    public Outcome play() {
        firmId = (firmName == null ? client.join(matchId) : client.join(matchId, firmName)).firmId();
        readSettings();
        log.accept("joined match " + matchId + " as firm " + firmId + " playing " + strategy.getClass().getSimpleName());
        follower = client.follow(matchId, 0, followOptions, this::onMessage);
        try {
            CompletableFuture.anyOf(over, follower.done()).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        } finally {
            follower.close();
        }
        FinalStanding standing = finished == null ? null : finished.standings().stream()
                .filter(s -> s.firmId() == firmId).findFirst().orElse(null);
        return new Outcome(matchId, firmId, standing, finished != null && finished.stopped(), roundsSettled,
                roundsPlayed, decisionsAccepted, ordersAccepted, refusals);
    }

    /** The stream follower while playing (null before), e.g. to drop its connection in a test. */
    public MatchFollower follower() {
        return follower;
    }

    /** Stops playing: {@link #play()} returns (or throws) soon after. */
    public void stop() {
        MatchFollower f = follower;
        if (f != null) {
            f.close();
        }
    }

    private void readSettings() {
        client.events(matchId, 1, 1).stream().findFirst().flatMap(MatchEvent::matchCreated).ifPresent(created -> {
            MarketSettings market = created.settings() == null ? null : created.settings().market();
            if (market != null) {
                usersPerUnit = market.usersPerUnit() > 0 ? market.usersPerUnit() : usersPerUnit;
                baseCost = market.supply() != null && market.supply().baseCost() > 0 ? market.supply().baseCost() : baseCost;
            }
        });
    }

    private void onMessage(StreamMessage message) {
        if (message instanceof Snapshot s) {
            lastRound = s.match().lastRound();
            if ("FINISHED".equals(s.match().summary().status())) {
                // Joined (or reconnected) too late to see the end: the snapshot has the standings.
                List<FinalStanding> standings = s.match().standings() == null ? List.of() : s.match().standings();
                finished = new MatchFinishedEvent(s.seq(), s.at(), false, standings);
                logFinish(finished);
                over.complete(null);
                return;
            }
        } else if (message instanceof MatchEvent e) {
            e.roundSettled().ifPresent(settled -> {
                lastRound = settled.report();
                roundsSettled++;
                logRound(settled.report());
            });
            e.matchFinished().ifPresent(f -> {
                finished = f;
                logFinish(f);
            });
        }
        OptionalInt round = tracker.onMessage(message);
        if (round.isPresent()) {
            playRound(round.getAsInt());
        }
    }

    private void playRound(int round) {
        MyFirm mine;
        BookDepth book;
        try {
            mine = client.me(matchId);
            if (mine.round() > round || !"ACTIVE".equals(mine.firm().status())) {
                return;
            }
            book = client.book(matchId);
        } catch (ArenaException | ArenaTransportException e) {
            refusals++;
            log.accept("round " + round + ": could not read the market: " + e.getMessage());
            return;
        }
        long bestBid = book.bids().isEmpty() ? 0 : book.bids().get(0).price();
        Long bestAsk = book.asks().isEmpty() ? null : book.asks().get(0).price();
        MarketView market = new MarketView(round, tracker.rounds(), usersPerUnit, baseCost, bestBid, bestAsk, lastRound);
        Plan plan;
        try {
            plan = strategy.plan(market, mine.firm());
        } catch (RuntimeException e) {
            log.accept("round " + round + ": the strategy failed: " + e);
            return;
        }
        roundsPlayed++;
        if (plan == null) {
            return;
        }
        if (plan.decisions() != null) {
            try {
                client.setDecisions(matchId, plan.decisions());
                decisionsAccepted++;
            } catch (ArenaException | ArenaTransportException e) {
                refusals++;
                log.accept("round " + round + ": decisions refused: " + e.getMessage());
            }
        }
        List<OrderRequest> orders = plan.orders() == null ? List.of() : plan.orders();
        for (int i = 0; i < orders.size(); i++) {
            OrderRequest o = orders.get(i);
            // A client order id per round and position: a runner restarted within the round does not buy twice.
            OrderRequest keyed = o.clientOrderId() != null ? o
                    : new OrderRequest(o.side(), o.price(), o.quantity(), "r" + round + "-" + i, o.round(), o.fit());
            try {
                client.placeOrder(matchId, keyed);
                ordersAccepted++;
            } catch (ArenaException | ArenaTransportException e) {
                refusals++;
                log.accept("round " + round + ": order " + o.side() + " " + o.quantity() + " @ " + o.price()
                        + " refused: " + e.getMessage());
            }
        }
    }

    private void logRound(RoundResult report) {
        FirmRound me = report.firms().stream().filter(f -> f.firmId() == firmId).findFirst().orElse(null);
        int rounds = tracker.rounds();
        String round = "round " + report.round() + (rounds > 0 ? "/" + rounds : "");
        if (me == null) {
            log.accept(round + ": (firm " + firmId + " not in the results)");
            return;
        }
        log.accept(String.format(Locale.ROOT, "%s: users %d, share %.1f%%, cash %d, price %d%s", round, me.users(),
                me.share() * 100, me.cash(), me.price(), "ACTIVE".equals(me.status()) ? "" : ", " + me.status()));
    }

    private void logFinish(MatchFinishedEvent f) {
        FinalStanding mine = f.standings().stream().filter(s -> s.firmId() == firmId).findFirst().orElse(null);
        String how = f.stopped() ? "stopped by an admin" : "finished";
        log.accept(mine == null
                ? "match " + how + "; firm " + firmId + " is not ranked"
                : String.format(Locale.ROOT, "match %s: rank %d of %d, score %d (%s)", how, mine.rank(),
                f.standings().size(), mine.score(), mine.status()));
    }
}

package dev.involution.arena.engine.simulation;

import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.MarketPhase;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.SeededRandom;
import dev.involution.arena.engine.Standings;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a whole match in fast-forward: no clock, every round each active seat plans once (in an
 * order shuffled from the seed, so no seat always moves first), then the round settles and the
 * regulator takes its step. Given the
 * configuration, the seed and deterministic agents, the result is always the same.
 */
public final class MatchSimulation {
    /** Mixed into the seed for the turn order, so it does not share a stream with the market. */
    private static final long TURN_ORDER_SALT = 0x5EA7_0DE5L;

    private MatchSimulation() {
    }

    public static MatchResult run(MarketConfig config, long seed, List<Seat> seats) {
        return run(new Market(config, seed), seats, Policies.create(Policies.LAISSEZ_FAIRE, PolicySettings.defaults()));
    }

    public static MatchResult run(MarketConfig config, long seed, List<Seat> seats, RegulatorPolicy policy) {
        return run(new Market(config, seed), seats, policy);
    }

    /**
     * Plays the given market, which must be in its lobby with no firms yet; after every settled
     * round the regulator's policy takes its step (lifting expired interventions, imposing new ones).
     */
    public static MatchResult run(Market market, List<Seat> seats, RegulatorPolicy policy) {
        if (market.firmCount() != 0) {
            throw new IllegalArgumentException("the market must have no firms yet");
        }
        for (Seat seat : seats) {
            Market.JoinResult joined = seat.startCash() > 0 ? market.join(seat.name(), seat.startCash())
                    : market.join(seat.name());
            if (!joined.code().ok()) {
                throw new IllegalArgumentException("cannot seat " + seat.name() + ": " + joined.code().description());
            }
        }
        if (!market.start().ok()) {
            throw new IllegalArgumentException("a match needs at least " + MarketConfig.MIN_FIRMS + " seats");
        }
        SeededRandom turnOrder = new SeededRandom(market.seed() ^ TURN_ORDER_SALT);
        int[] order = new int[seats.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        RoundReport last = null;
        List<Intervention> imposed = new ArrayList<>();
        while (market.phase() == MarketPhase.RUNNING) {
            shuffle(order, turnOrder);
            for (int firmId : order) {
                FirmView self = market.firm(firmId);
                if (!self.active()) {
                    continue;
                }
                RoundContext context = new RoundContext(market.round(), market.config().rounds(),
                        market.config().usersPerUnit(), self, last, market.book().bestBid(), market.book().bestAsk(),
                        market.config().remedies());
                FirmPlan plan = seats.get(firmId).agent().plan(context);
                apply(market, firmId, plan);
            }
            last = market.settleRound();
            imposed.addAll(Policies.apply(market, Policies.step(market, policy)));
        }
        List<FirmView> firms = market.firms();
        return new MatchResult(market.seed(), new ArrayList<>(market.reports()), firms, Standings.rank(firms),
                imposed, market.stateHash());
    }

    private static void apply(Market market, int firmId, FirmPlan plan) {
        if (plan == null) {
            return;
        }
        if (plan.decisions() != null) {
            market.setDecisions(firmId, plan.decisions());
        }
        if (plan.remedies() != null) {
            market.setRemedyDecisions(firmId, plan.remedies());
        }
        if (plan.orders() != null) {
            for (OrderRequest o : plan.orders()) {
                market.placeOrder(firmId, o.side(), o.price(), o.quantity());
            }
        }
    }

    private static void shuffle(int[] a, SeededRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = (int) random.nextLong(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}

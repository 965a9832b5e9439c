package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.simulation.FirmAgent;
import dev.involution.arena.engine.simulation.FirmPlan;
import dev.involution.arena.engine.simulation.OrderRequest;
import dev.involution.arena.engine.simulation.RoundContext;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Raising a price never adds users; raising a bounty never loses new users; all else fixed. */
class DemandMonotonicityTest {

    @Property(tries = 60)
    void raisingAPriceNeverRaisesUsers(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                       @ForAll @IntRange(min = 2, max = 8) int firms,
                                       @ForAll @IntRange(min = 1, max = 10) int round,
                                       @ForAll @IntRange(min = 1, max = 40) int raise) {
        int firm = (int) (seed % firms);
        RoundReport base = playAndSettle(seed, firms, round, firm, d -> d);
        RoundReport raised = playAndSettle(seed, firms, round, firm,
                d -> new Decisions(d.price() + raise, d.bounty(), d.rnd()));
        assertThat(raised.firms().get(firm).users()).isLessThanOrEqualTo(base.firms().get(firm).users());
    }

    @Property(tries = 60)
    void raisingABountyNeverLowersNewUsers(@ForAll @LongRange(min = 1, max = 100_000) long seed,
                                           @ForAll @IntRange(min = 2, max = 8) int firms,
                                           @ForAll @IntRange(min = 1, max = 10) int round,
                                           @ForAll @IntRange(min = 1, max = 500) int raise) {
        int firm = (int) (seed % firms);
        RoundReport base = playAndSettle(seed, firms, round, firm, d -> d);
        RoundReport raised = playAndSettle(seed, firms, round, firm,
                d -> new Decisions(d.price(), d.bounty() + raise, d.rnd()));
        assertThat(raised.firms().get(firm).newUsers()).isGreaterThanOrEqualTo(base.firms().get(firm).newUsers());
    }

    /** Plays rounds 1..round-1 with seeded agents, then changes one firm's decisions before settling round. */
    private static RoundReport playAndSettle(long seed, int firms, int round, int firm, UnaryOperator<Decisions> change) {
        Market market = new Market(MarketConfig.defaults(), seed);
        FirmAgent[] agents = new FirmAgent[firms];
        for (int i = 0; i < firms; i++) {
            market.join("firm-" + i);
            agents[i] = TestAgents.random(seed * 17 + i);
        }
        market.start();
        RoundReport last = null;
        while (true) {
            for (int i = 0; i < firms; i++) {
                FirmView self = market.firm(i);
                if (!self.active()) {
                    continue;
                }
                FirmPlan plan = agents[i].plan(new RoundContext(market.round(), 60, 1_000, self, last,
                        market.book().bestBid(), market.book().bestAsk()));
                Decisions d = plan.decisions();
                market.setDecisions(i, market.round() == round && i == firm ? change.apply(d) : d);
                for (OrderRequest o : plan.orders()) {
                    market.placeOrder(i, o.side(), o.price(), o.quantity());
                }
            }
            last = market.settleRound();
            if (last.round() == round) {
                return last;
            }
        }
    }

}

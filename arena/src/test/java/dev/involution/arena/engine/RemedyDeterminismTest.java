package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.book.ReferenceOrderBook;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.simulation.FirmPlan;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import dev.involution.arena.engine.simulation.OrderRequest;
import dev.involution.arena.engine.simulation.RoundContext;
import dev.involution.arena.engine.simulation.Seat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Under the article's remedies a match stays deterministic, restorable from a snapshot, and book-independent. */
class RemedyDeterminismTest {
    private static final MarketConfig CONFIG = MarketConfig.defaults().withRounds(30).withRemedies(Remedies.defaults());

    @Test
    void theReferenceBookAndTheFastBookPlayTheSameMatch() {
        MatchResult fast = MatchSimulation.run(new Market(CONFIG, 9), TestAgents.remedySeats(8, 9, 4),
                Policies.create(Policies.ARTICLE, PolicySettings.defaults()));
        MatchResult reference = MatchSimulation.run(new Market(CONFIG, 9, new ReferenceOrderBook()),
                TestAgents.remedySeats(8, 9, 4), Policies.create(Policies.ARTICLE, PolicySettings.defaults()));
        assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
        assertThat(fast.reports()).isEqualTo(reference.reports());
    }

    @Test
    void aRestoredMarketHasTheSameHashAndPlaysOnIdentically() {
        List<Seat> seats = TestAgents.remedySeats(6, 3, 4);
        Market original = new Market(CONFIG, 3);
        for (Seat s : seats) {
            original.join(s.name());
        }
        original.start();
        for (int round = 1; round <= 12; round++) {
            play(original, seats);
            original.settleRound();
            Policies.apply(original, Policies.step(original, Policies.create(Policies.ARTICLE, PolicySettings.defaults())));
        }
        play(original, seats);
        Market restored = Market.restore(original.snapshot());
        assertThat(restored.stateHash()).isEqualTo(original.stateHash());
        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.settleRound()).isEqualTo(original.settleRound());
        assertThat(restored.stateHash()).isEqualTo(original.stateHash());
    }

    private static void play(Market market, List<Seat> seats) {
        for (int id = 0; id < seats.size(); id++) {
            if (!market.firm(id).active()) {
                continue;
            }
            FirmPlan plan = seats.get(id).agent().plan(new RoundContext(market.round(), CONFIG.rounds(),
                    CONFIG.usersPerUnit(), market.firm(id), null, market.book().bestBid(), market.book().bestAsk(),
                    CONFIG.remedies()));
            market.setDecisions(id, plan.decisions());
            if (plan.remedies() != null) {
                market.setRemedyDecisions(id, plan.remedies());
            }
            for (OrderRequest o : plan.orders()) {
                market.placeOrder(id, o.side(), o.price(), o.quantity());
            }
        }
    }
}

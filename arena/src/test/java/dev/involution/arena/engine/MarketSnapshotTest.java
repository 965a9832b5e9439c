package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.simulation.FirmAgent;
import dev.involution.arena.engine.simulation.FirmPlan;
import dev.involution.arena.engine.simulation.OrderRequest;
import dev.involution.arena.engine.simulation.RoundContext;
import org.junit.jupiter.api.Test;

class MarketSnapshotTest {

    @Test
    void aRestoredMarketHasTheSameHashAndPlaysOnIdentically() {
        Market original = new Market(MarketConfig.defaults().withRounds(12), 77);
        FirmAgent[] agents = new FirmAgent[4];
        for (int i = 0; i < agents.length; i++) {
            original.join("firm-" + i);
            agents[i] = TestAgents.random(100 + i);
        }
        original.start();
        for (int round = 1; round <= 5; round++) {
            playRound(original, agents);
            if (round < 5) {
                original.settleRound();
            }
        }
        original.placeOrder(0, Side.BUY, 4_000, 3);
        Market restored = Market.restore(original.snapshot());
        assertThat(restored.stateHash()).isEqualTo(original.stateHash());
        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.settleRound()).isEqualTo(original.settleRound());
        for (int round = 6; round <= 12; round++) {
            playRound(original, agentsFor(round));
            playRound(restored, agentsFor(round));
            assertThat(restored.settleRound()).isEqualTo(original.settleRound());
        }
        assertThat(restored.phase()).isEqualTo(MarketPhase.FINISHED);
        assertThat(restored.stateHash()).isEqualTo(original.stateHash());
    }

    /** Plays the same plans on both markets: agents are stateful, so replay them from fresh seeds. */
    private static FirmAgent[] agentsFor(int round) {
        FirmAgent[] agents = new FirmAgent[4];
        for (int i = 0; i < agents.length; i++) {
            long seed = round * 1_000L + i;
            agents[i] = TestAgents.random(seed);
        }
        return agents;
    }

    private static void playRound(Market market, FirmAgent[] agents) {
        for (int i = 0; i < agents.length; i++) {
            FirmView self = market.firm(i);
            if (!self.active()) {
                continue;
            }
            FirmPlan plan = agents[i].plan(new RoundContext(market.round(), 12, 1_000, self, null,
                    market.book().bestBid(), market.book().bestAsk()));
            market.setDecisions(i, plan.decisions());
            for (OrderRequest o : plan.orders()) {
                market.placeOrder(i, o.side(), o.price(), o.quantity());
            }
        }
    }
}

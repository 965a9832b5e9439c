package dev.involution.arena.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.book.ReferenceOrderBook;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.engine.simulation.MatchSimulation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private final MarketConfig config = MarketConfig.defaults().withRounds(30);

    @Test
    void sameSeedAndInputsGiveTheSameStateHashAndReports() {
        MatchResult a = MatchSimulation.run(config, 42, TestAgents.mixedSeats(6, 42));
        MatchResult b = MatchSimulation.run(config, 42, TestAgents.mixedSeats(6, 42));
        assertThat(a.stateHash()).isEqualTo(b.stateHash());
        assertThat(a.reports()).isEqualTo(b.reports());
        assertThat(a.standings()).isEqualTo(b.standings());
    }

    @Test
    void differentSeedsGiveDifferentHashes() {
        Set<Long> hashes = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            hashes.add(MatchSimulation.run(config, seed, TestAgents.mixedSeats(4, 7)).stateHash());
        }
        assertThat(hashes).hasSize(20);
    }

    @Test
    void theReferenceBookAndTheFastBookPlayTheSameMatch() {
        MatchResult fast = MatchSimulation.run(config, 9, TestAgents.mixedSeats(8, 9),
                Policies.create(Policies.GUARDRAILS, PolicySettings.defaults()));
        MatchResult reference = MatchSimulation.run(new Market(config, 9, new ReferenceOrderBook()),
                TestAgents.mixedSeats(8, 9), Policies.create(Policies.GUARDRAILS, PolicySettings.defaults()));
        assertThat(fast.stateHash()).isEqualTo(reference.stateHash());
        assertThat(fast.reports()).isEqualTo(reference.reports());
    }
}

package dev.involution.bots.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;
import dev.involution.bots.strategy.CostPlus;
import dev.involution.bots.strategy.Plan;
import dev.involution.bots.strategy.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrategyLoaderTest {
    private final ClassLoader loader = getClass().getClassLoader();

    public static final class Plain implements Strategy {
        @Override
        public Plan plan(MarketView market, OwnFirm me) {
            return new Plan(new Decisions(1, 0, 0), List.of());
        }
    }

    public static final class Seeded implements Strategy {
        final long seed;

        public Seeded(long seed) {
            this.seed = seed;
        }

        @Override
        public Plan plan(MarketView market, OwnFirm me) {
            return null;
        }
    }

    public static final class Broken implements Strategy {
        public Broken() {
            throw new IllegalStateException("no config");
        }

        @Override
        public Plan plan(MarketView market, OwnFirm me) {
            return null;
        }
    }

    @Test
    void aBuiltInNameGivesTheBuiltInStrategy() {
        assertThat(StrategyLoader.load("cost-plus", 1, loader)).isInstanceOf(CostPlus.class);
    }

    @Test
    void aClassNameGivesAnInstanceSeededWhenItTakesASeed() {
        assertThat(StrategyLoader.load(Plain.class.getName(), 1, loader)).isInstanceOf(Plain.class);
        Strategy seeded = StrategyLoader.load(Seeded.class.getName(), 77, loader);
        assertThat(seeded).isInstanceOfSatisfying(Seeded.class, s -> assertThat(s.seed).isEqualTo(77));
    }

    @Test
    void whatIsNotAStrategyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> StrategyLoader.load("cost-minus", 1, loader))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost-plus");
        assertThatThrownBy(() -> StrategyLoader.load(String.class.getName(), 1, loader))
                .hasMessageContaining("does not implement");
        assertThatThrownBy(() -> StrategyLoader.load(Broken.class.getName(), 1, loader))
                .hasMessageContaining("no config");
    }
}

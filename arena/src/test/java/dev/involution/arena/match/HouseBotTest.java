package dev.involution.arena.match;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.actor.testkit.typed.javadsl.TestProbe;
import com.typesafe.config.ConfigFactory;
import dev.involution.bots.api.Decisions;
import dev.involution.bots.api.MarketView;
import dev.involution.bots.api.OwnFirm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A house bot that meets the same round twice (its match restarted) asks for the same things under the same keys. */
class HouseBotTest {
    private static final ActorTestKit KIT = ActorTestKit.create("HouseBotTest",
            ConfigFactory.parseString("akka.actor.provider = local").withFallback(ConfigFactory.load()));

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private static HouseBot.RoundOpened round(int round) {
        MarketView market = new MarketView(round, 60, 1_000, 5_000, 0, 5_000L, null);
        OwnFirm me = new OwnFirm(0, "cost-plus #1", "ACTIVE", 10_000_000, 0, 1.0, 175_000, 75_000, 0, 0,
                new Decisions(10, 0, 0));
        return new HouseBot.RoundOpened(round, market, me, 0, false);
    }

    /** The keys a fresh bot sends when {@code round} opens. */
    private static List<String> keysSentFor(HouseBot.RoundOpened round) {
        TestProbe<MatchEntity.Command> match = KIT.createTestProbe(MatchEntity.Command.class);
        KIT.spawn(HouseBot.create(match.getRef(), "house-0", "cost-plus", 42)).tell(round);
        List<String> keys = new ArrayList<>();
        for (MatchEntity.Command c : match.receiveSeveralMessages(2, Duration.ofSeconds(5))) {
            if (c instanceof MatchEntity.SetDecisions d) {
                keys.add("decisions " + d.idempotencyKey());
            } else if (c instanceof MatchEntity.PlaceOrder o) {
                keys.add("order " + o.clientOrderId());
            }
        }
        return keys;
    }

    @Test
    void aBotRestartedInTheSameRoundUsesTheSameKeys() {
        List<String> first = keysSentFor(round(3));

        assertThat(first).containsExactly("decisions round-3", "order round-3-0");
        assertThat(keysSentFor(round(3))).isEqualTo(first);
        assertThat(keysSentFor(round(4))).doesNotContainAnyElementsOf(first);
    }
}

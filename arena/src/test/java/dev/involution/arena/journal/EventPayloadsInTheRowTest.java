package dev.involution.arena.journal;

import static org.assertj.core.api.Assertions.assertThat;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.serialization.Serialization;
import akka.serialization.SerializationExtension;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.match.MatchEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The order path's events fit in the journal row on H2 ({@code MAX_LENGTH_INPLACE_LOB} in
 * persistence.conf): a payload above the limit goes to H2's LOB store, which makes its write
 * several times dearer. Serialized as the journal serializes them, by the arena's configuration.
 */
class EventPayloadsInTheRowTest {
    private static final Config CONFIG = ConfigFactory.parseString("akka.actor.provider = local")
            .withFallback(ConfigFactory.load())
            .resolve();
    private static final ActorTestKit KIT = ActorTestKit.create("EventPayloadsInTheRowTest", CONFIG);
    private static final Serialization SERIALIZATION = SerializationExtension.get(KIT.system().classicSystem());
    private static final String LONGEST_CLIENT_ORDER_ID = "c".repeat(128);

    @AfterAll
    static void stop() {
        KIT.shutdownTestKit();
    }

    private static int limit() {
        return CONFIG.getInt("arena.db.h2.inplace-payload-bytes");
    }

    private static int bytes(Object event) {
        return SERIALIZATION.serialize(event).get().length;
    }

    private static MatchEvent.OrderPlaced orderThatTraded(int fills) {
        List<Fill> trades = new ArrayList<>();
        for (int i = 0; i < fills; i++) {
            trades.add(new Fill(9_000_000_000L + i, 9_100_000_000L, 29, i % 29, 99_999, 1_000));
        }
        return new MatchEvent.OrderPlaced(Long.MAX_VALUE / 2, System.currentTimeMillis(), 29, Side.BUY, 99_999,
                1_000L * fills, LONGEST_CLIENT_ORDER_ID, 9_100_000_000L, trades, 0, 1_000L * fills);
    }

    @Test
    void theH2UrlKeepsPayloadsUpToTheLimitInTheRow() {
        assertThat(CONFIG.getString("arena.db.h2.db.url")).endsWith(";MAX_LENGTH_INPLACE_LOB=" + limit());
        assertThat(limit()).isGreaterThan(256);
    }

    @Test
    void anOrderThatTradedThirtyTimesWithTheLongestClientOrderIdFitsInTheRow() {
        int size = bytes(orderThatTraded(30));
        assertThat(size).isGreaterThan(256).isLessThanOrEqualTo(limit());
    }

    @Test
    void aCancellationWithTheLongestKeyFitsInTheRow() {
        MatchEvent.OrderCancelled cancelled = new MatchEvent.OrderCancelled(Long.MAX_VALUE / 2,
                System.currentTimeMillis(), 29, 9_100_000_000L, LONGEST_CLIENT_ORDER_ID);
        assertThat(bytes(cancelled)).isLessThanOrEqualTo(limit());
    }
}

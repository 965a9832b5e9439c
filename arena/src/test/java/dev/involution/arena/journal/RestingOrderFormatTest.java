package dev.involution.arena.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import akka.actor.testkit.typed.javadsl.ActorTestKit;
import akka.serialization.jackson.JacksonObjectMapperProvider;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.typesafe.config.ConfigFactory;
import dev.involution.arena.engine.MarketSnapshot.RestingOrder;
import dev.involution.arena.engine.book.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RestingOrderFormatTest {
    private static final ActorTestKit KIT = ActorTestKit.create("RestingOrderFormatTest",
            ConfigFactory.parseString("akka.actor.provider = local")
                    .withFallback(ConfigFactory.parseResources("serialization.conf"))
                    .withFallback(ConfigFactory.load())
                    .resolve());
    /** The mapper Akka's CBOR serializer uses, with the modules the arena configures. */
    private static final ObjectMapper AKKA_CBOR = JacksonObjectMapperProvider.get(KIT.system())
            .getOrCreate("jackson-cbor", Optional.of(new CBORFactory()));
    /** A CBOR mapper without the format: how snapshots were written before it. */
    private static final ObjectMapper PLAIN_CBOR = CBORMapper.builder().build().registerModule(new ParameterNamesModule());
    private static final TypeReference<List<RestingOrder>> ORDERS = new TypeReference<>() {
    };

    @AfterAll
    static void stop() {
        KIT.shutdownTestKit();
    }

    private static List<RestingOrder> book(int n) {
        List<RestingOrder> orders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            orders.add(new RestingOrder(1_000_000L + i, i % 8, i % 3 == 0 ? Side.SELL : Side.BUY, 1 + i % 500,
                    1 + i % 20));
        }
        return orders;
    }

    @Test
    void ordersComeBackAsTheyWere() throws Exception {
        List<RestingOrder> orders = book(1_000);
        orders.add(new RestingOrder(Long.MAX_VALUE, Integer.MAX_VALUE, Side.SELL, Long.MAX_VALUE, Long.MAX_VALUE));
        assertThat(AKKA_CBOR.readValue(AKKA_CBOR.writeValueAsBytes(orders), ORDERS)).isEqualTo(orders);
    }

    @Test
    void anOrderTakesAFractionOfTheBytesOfAnObjectWithFieldNames() throws Exception {
        List<RestingOrder> orders = book(10_000);
        int compact = AKKA_CBOR.writeValueAsBytes(orders).length;
        int objects = PLAIN_CBOR.writeValueAsBytes(orders).length;
        assertThat(compact).isLessThanOrEqualTo(12 * orders.size());
        assertThat(objects).isGreaterThan(3 * compact);
    }

    @Test
    void snapshotsWrittenWithObjectsAreStillRead() throws Exception {
        List<RestingOrder> orders = book(100);
        assertThat(AKKA_CBOR.readValue(PLAIN_CBOR.writeValueAsBytes(orders), ORDERS)).isEqualTo(orders);
    }

    @Test
    void anUnknownSideIsRefusedWithWhatIsWrong() throws Exception {
        byte[] bad = PLAIN_CBOR.writeValueAsBytes(List.of(List.of(7L, 1, 2, 30L, 1L)));
        assertThatThrownBy(() -> AKKA_CBOR.readValue(bad, ORDERS))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("side is 0 or 1, not 2");
    }

    @Test
    void anArrayOfTheWrongLengthIsRefused() throws Exception {
        byte[] shortOne = PLAIN_CBOR.writeValueAsBytes(List.of(List.of(7L, 1, 0, 30L)));
        byte[] longOne = PLAIN_CBOR.writeValueAsBytes(List.of(List.of(7L, 1, 0, 30L, 1L, 9L)));
        assertThatThrownBy(() -> AKKA_CBOR.readValue(shortOne, ORDERS)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> AKKA_CBOR.readValue(longOne, ORDERS))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("five numbers");
    }
}

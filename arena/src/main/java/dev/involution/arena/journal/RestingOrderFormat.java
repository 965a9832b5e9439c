package dev.involution.arena.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.involution.arena.engine.MarketSnapshot.RestingOrder;
import dev.involution.arena.engine.book.Side;
import java.io.IOException;

/**
 * How a match's snapshot writes the resting orders of its book: each one as an array of five
 * numbers, {@code [orderId, owner, side, price, remaining]} with side 0 for a bid and 1 for an ask,
 * instead of Jackson's object with the five field names. A snapshot holds every resting order, so
 * this is most of its size: about 11 bytes an order instead of 50, written about 3.5 and read
 * about 5 times as fast (docs/BENCHMARKS.md, "Recovery"). Snapshots written before, with objects, are still read.
 * Registered for Akka's Jackson serializers in serialization.conf.
 */
public final class RestingOrderFormat extends SimpleModule {
    private static final long serialVersionUID = 1L;

    private static final int BID = 0;
    private static final int ASK = 1;
    private static final String FIVE_NUMBERS = "a resting order is an array of five numbers";

    public RestingOrderFormat() {
        super("RestingOrderFormat");
        addSerializer(RestingOrder.class, new Writer());
        addDeserializer(RestingOrder.class, new Reader());
    }

    private static final class Writer extends StdSerializer<RestingOrder> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(RestingOrder.class);
        }

        @Override
        public void serialize(RestingOrder order, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray(order, 5);
            out.writeNumber(order.orderId());
            out.writeNumber(order.owner());
            out.writeNumber(order.side() == Side.BUY ? BID : ASK);
            out.writeNumber(order.price());
            out.writeNumber(order.remaining());
            out.writeEndArray();
        }
    }

    private static final class Reader extends StdDeserializer<RestingOrder> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(RestingOrder.class);
        }

        @Override
        public RestingOrder deserialize(JsonParser in, DeserializationContext context) throws IOException {
            if (in.currentToken() == JsonToken.START_ARRAY) {
                long orderId = nextLong(in, context);
                int owner = (int) nextLong(in, context);
                Side side = side(nextLong(in, context), in, context);
                long price = nextLong(in, context);
                long remaining = nextLong(in, context);
                if (in.nextToken() != JsonToken.END_ARRAY) {
                    context.reportWrongTokenException(RestingOrder.class, JsonToken.END_ARRAY, FIVE_NUMBERS);
                }
                return new RestingOrder(orderId, owner, side, price, remaining);
            }
            if (in.currentToken() == JsonToken.START_OBJECT) {
                return fromObject(in, context);
            }
            return (RestingOrder) context.handleUnexpectedToken(RestingOrder.class, in);
        }

        /** The form snapshots had before: an object with the record's field names. */
        private static RestingOrder fromObject(JsonParser in, DeserializationContext context) throws IOException {
            long orderId = 0;
            int owner = 0;
            Side side = null;
            long price = 0;
            long remaining = 0;
            for (String field = in.nextFieldName(); field != null; field = in.nextFieldName()) {
                in.nextToken();
                switch (field) {
                    case "orderId" -> orderId = in.getLongValue();
                    case "owner" -> owner = in.getIntValue();
                    case "side" -> side = Side.valueOf(in.getText());
                    case "price" -> price = in.getLongValue();
                    case "remaining" -> remaining = in.getLongValue();
                    default -> in.skipChildren();
                }
            }
            if (side == null) {
                context.reportInputMismatch(RestingOrder.class, "a resting order without its side");
            }
            return new RestingOrder(orderId, owner, side, price, remaining);
        }

        private static long nextLong(JsonParser in, DeserializationContext context) throws IOException {
            if (in.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                context.reportWrongTokenException(RestingOrder.class, JsonToken.VALUE_NUMBER_INT, FIVE_NUMBERS);
            }
            return in.getLongValue();
        }

        private static Side side(long code, JsonParser in, DeserializationContext context) throws IOException {
            if (code == BID) {
                return Side.BUY;
            }
            if (code == ASK) {
                return Side.SELL;
            }
            context.reportInputMismatch(RestingOrder.class, "a resting order's side is 0 or 1, not %d", code);
            return null;
        }
    }
}

package dev.involution.arena.http.match;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpResponse;
import akka.http.javadsl.model.StatusCodes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.involution.arena.http.Json;
import dev.involution.arena.http.JsonBody;
import dev.involution.bots.api.OrderRequest;
import dev.involution.bots.api.OrderResult;
import dev.involution.bots.api.Side;
import dev.involution.bots.api.Trade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The order route's JSON, read and written without a tree or an object mapper: the hottest request
 * of the API. A well-formed order is read in one pass of Jackson's streaming parser; anything else
 * (a missing or unknown field, a wrong type, a duplicate, trailing data) goes to the strict
 * {@link JsonBody#read} reader, which gives the same problem+json answer as every other route. The
 * answer to an accepted order is written from pre-rendered parts, the same JSON the mapper writes.
 */
final class OrderJson {
    private static final String ORDER_ID = "{\"orderId\":";
    private static final String STATUS = ",\"status\":\"";
    private static final String FILLS = "\",\"fills\":[";
    private static final String PRICE = "{\"price\":";
    private static final String QUANTITY = ",\"quantity\":";
    private static final String BUYER = ",\"buyerFirm\":";
    private static final String SELLER = ",\"sellerFirm\":";
    private static final String RESTING = "],\"restingQuantity\":";

    private OrderJson() {
    }

    /** The order in {@code body}; throws the strict reader's problem when it is not a well-formed order. */
    static OrderRequest read(byte[] body, JsonBody strict) {
        OrderRequest order = readWellFormed(body);
        return order != null ? order : strict.read(body, OrderRequest.class);
    }

    /** The order, or null when the body is anything but a plain well-formed order. */
    private static OrderRequest readWellFormed(byte[] body) {
        Side side = null;
        long price = 0;
        long quantity = 0;
        String clientOrderId = null;
        Integer round = null;
        Boolean fit = null;
        int seen = 0;
        try (JsonParser p = Json.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return null;
                }
                String field = p.currentName();
                JsonToken value = p.nextToken();
                int bit;
                switch (field) {
                    case "side" -> {
                        bit = 1;
                        if (value != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        String text = p.getText();
                        side = text.equals("BUY") ? Side.BUY : text.equals("SELL") ? Side.SELL : null;
                        if (side == null) {
                            return null;
                        }
                    }
                    case "price" -> {
                        bit = 2;
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                                && p.getNumberType() != JsonParser.NumberType.LONG) {
                            return null;
                        }
                        price = p.getLongValue();
                    }
                    case "quantity" -> {
                        bit = 4;
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                                && p.getNumberType() != JsonParser.NumberType.LONG) {
                            return null;
                        }
                        quantity = p.getLongValue();
                    }
                    case "clientOrderId" -> {
                        bit = 8;
                        if (value == JsonToken.VALUE_STRING && !p.getText().isEmpty()) {
                            clientOrderId = p.getText();
                        } else if (value != JsonToken.VALUE_NULL) {
                            return null;
                        }
                    }
                    case "round" -> {
                        bit = 16;
                        if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                            round = p.getIntValue();
                        } else if (value != JsonToken.VALUE_NULL) {
                            return null;
                        }
                    }
                    case "fit" -> {
                        bit = 32;
                        if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                            fit = value == JsonToken.VALUE_TRUE;
                        } else if (value != JsonToken.VALUE_NULL) {
                            return null;
                        }
                    }
                    default -> {
                        return null;
                    }
                }
                if ((seen & bit) != 0) {
                    return null;
                }
                seen |= bit;
            }
            if ((seen & 7) != 7 || p.nextToken() != null) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return new OrderRequest(side, price, quantity, clientOrderId, round, fit);
    }

    /** {@code 201 Created} with the accepted order, as the mapper would write it. */
    static HttpResponse created(OrderResult result) {
        StringBuilder json = new StringBuilder(96 + 80 * result.fills().size());
        json.append(ORDER_ID).append(result.orderId());
        json.append(STATUS).append(result.status());
        json.append(FILLS);
        for (int i = 0; i < result.fills().size(); i++) {
            Trade t = result.fills().get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append(PRICE).append(t.price());
            json.append(QUANTITY).append(t.quantity());
            json.append(BUYER).append(t.buyerFirm());
            json.append(SELLER).append(t.sellerFirm()).append('}');
        }
        json.append(RESTING).append(result.restingQuantity());
        json.append(QUANTITY).append(result.quantity()).append('}');
        return HttpResponse.create().withStatus(StatusCodes.CREATED)
                .withEntity(ContentTypes.APPLICATION_JSON, json.toString().getBytes(StandardCharsets.US_ASCII));
    }

}

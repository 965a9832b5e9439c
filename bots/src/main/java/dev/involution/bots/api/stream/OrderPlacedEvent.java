package dev.involution.bots.api.stream;

import dev.involution.bots.api.Side;
import java.util.List;

/**
 * {@code order-placed}: firm {@code firmId}'s limit order ({@code price} cents per unit,
 * {@code quantity} units) got id {@code orderId}, traded {@code fills} at once and left
 * {@code restingQuantity} in the book.
 */
public record OrderPlacedEvent(long seq,
                               long at,
                               int firmId,
                               Side side,
                               long price,
                               long quantity,
                               long orderId,
                               List<Fill> fills,
                               long restingQuantity) {
}

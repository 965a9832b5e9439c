package dev.involution.arena.engine;

import java.util.List;

/**
 * The engine's answer to an order: the result code, the order id it was given (0 when rejected),
 * the trades it made at once and the quantity left resting in the book.
 */
public record OrderReceipt(ResultCode code, long orderId, List<Fill> fills, long restingQuantity) {

    static OrderReceipt rejected(ResultCode code) {
        return new OrderReceipt(code, 0, List.of(), 0);
    }
}

package dev.involution.arena.engine.book;

/** Visits resting orders; primitive arguments so that walking a book allocates nothing. */
@FunctionalInterface
public interface OrderVisitor {
    void visit(long orderId, int owner, Side side, long price, long remainingQuantity);

    /** Ignores every order: for a cancel or expiry whose removed orders the caller does not need. */
    OrderVisitor IGNORE = (orderId, owner, side, price, remainingQuantity) -> { };
}

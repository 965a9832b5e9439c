package dev.involution.arena.engine.book;

/** Visits resting orders; primitive arguments so that walking a book allocates nothing. */
@FunctionalInterface
public interface OrderVisitor {
    void visit(long orderId, int owner, Side side, long price, long remainingQuantity);
}

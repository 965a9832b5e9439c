package dev.involution.arena.engine.book;

/** Visits aggregated price levels of one side of the book (the depth the UI shows); primitive arguments only. */
@FunctionalInterface
public interface LevelVisitor {
    void visit(long price, long quantity, int orders);
}

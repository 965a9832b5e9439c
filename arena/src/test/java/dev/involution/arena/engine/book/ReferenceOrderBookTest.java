package dev.involution.arena.engine.book;

class ReferenceOrderBookTest extends OrderBookContractTest {
    @Override
    protected OrderBook newBook() {
        return new ReferenceOrderBook();
    }
}

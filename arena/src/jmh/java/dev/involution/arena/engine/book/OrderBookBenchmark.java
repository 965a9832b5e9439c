package dev.involution.arena.engine.book;

import dev.involution.arena.engine.ResultCode;
import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Throughput of the compute order books on one command mix ({@link CommandMix}): our fast and
 * reference books against exchange-core 0.5.3's {@code OrderBookDirectImpl}, all single-threaded and
 * called directly. One operation is one command; each invocation replays the whole stream on a fresh
 * book. Before measuring, every book replays the stream once and must trade the same units and leave
 * the same number of orders resting as the reference model.
 *
 * <p>{@code depth=shallow} is a match-sized book (about 150 resting orders, large crossing orders);
 * {@code depth=deep} lets it fill towards 20,000 orders (small crossing orders).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OperationsPerInvocation(OrderBookBenchmark.COMMANDS)
@State(Scope.Benchmark)
public class OrderBookBenchmark {
    static final int COMMANDS = 100_000;
    private static final long SEED = 20_240_601L;

    @Param({"shallow", "deep"})
    public String depth;

    int maxResting;
    CommandMix mix;

    @Setup(Level.Trial)
    public void generate() {
        boolean shallow = depth.equals("shallow");
        maxResting = shallow ? 2_000 : 20_000;
        mix = CommandMix.generate(SEED, COMMANDS, maxResting, shallow ? 800 : 300);
        check("fast", new FastOrderBook(maxResting));
        check("reference", new ReferenceOrderBook());
        IOrderBook exchangeCore = ExchangeCoreBook.newBook();
        long traded = new ExchangeCoreBook().replay(exchangeCore, mix, true);
        int resting = exchangeCore.getOrdersNum(OrderAction.BID) + exchangeCore.getOrdersNum(OrderAction.ASK);
        expectSameWork("exchange-core", traded, resting);
        System.out.println("Command mix: " + mix.describe());
    }

    private void check(String name, OrderBook book) {
        long traded = replay(book, mix, new TradedUnits(), true);
        expectSameWork(name, traded, book.size());
    }

    private void expectSameWork(String name, long traded, int resting) {
        if (traded != mix.tradedQuantity || resting != mix.restingOrders) {
            throw new IllegalStateException(name + " traded " + traded + " units leaving " + resting
                    + " orders; expected " + mix.tradedQuantity + " and " + mix.restingOrders);
        }
    }

    /** Sums traded units, so the work cannot be optimised away. */
    static final class TradedUnits implements FillListener {
        long units;

        @Override
        public void onFill(long makerOrderId, int makerOwner, long takerOrderId, int takerOwner, Side takerSide,
                           long price, long quantity) {
            units += quantity;
        }
    }

    static long replay(OrderBook book, CommandMix mix, TradedUnits traded, boolean checkCodes) {
        for (int i = 0; i < mix.length; i++) {
            ResultCode code = mix.kinds[i] == CommandMix.CANCEL
                    ? book.cancel(mix.orderIds[i], mix.owners[i], OrderVisitor.IGNORE)
                    : book.place(mix.orderIds[i], mix.owners[i], mix.buys[i] ? Side.BUY : Side.SELL, mix.prices[i],
                    mix.quantities[i], traded);
            if (checkCodes && code != ResultCode.OK) {
                throw new IllegalStateException("command " + i + " rejected: " + code);
            }
        }
        return traded.units;
    }

    @State(Scope.Thread)
    public static class FastBook {
        FastOrderBook book;

        @Setup(Level.Invocation)
        public void fresh(OrderBookBenchmark benchmark) {
            book = new FastOrderBook(benchmark.maxResting);
        }
    }

    @State(Scope.Thread)
    public static class ReferenceBook {
        ReferenceOrderBook book;

        @Setup(Level.Invocation)
        public void fresh() {
            book = new ReferenceOrderBook();
        }
    }

    /** exchange-core's direct order book, fed the mix as reused {@link OrderCommand}s. */
    @State(Scope.Thread)
    public static class ExchangeCoreBook {
        private static final CoreSymbolSpecification SYMBOL = CoreSymbolSpecification.builder()
                .symbolId(1)
                .type(SymbolType.CURRENCY_EXCHANGE_PAIR)
                .baseCurrency(1)
                .quoteCurrency(2)
                .baseScaleK(1)
                .quoteScaleK(1)
                .build();

        private final OrderCommand command = new OrderCommand();
        IOrderBook book;

        static IOrderBook newBook() {
            return new OrderBookDirectImpl(SYMBOL, ObjectsPool.createDefaultTestPool(),
                    OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER, LoggingConfiguration.DEFAULT);
        }

        @Setup(Level.Invocation)
        public void fresh() {
            book = newBook();
        }

        long replay(IOrderBook target, CommandMix mix, boolean checkCodes) {
            OrderCommand cmd = command;
            long traded = 0;
            for (int i = 0; i < mix.length; i++) {
                cmd.orderId = mix.orderIds[i];
                cmd.uid = mix.owners[i];
                cmd.matcherEvent = null;
                if (mix.kinds[i] == CommandMix.CANCEL) {
                    cmd.command = OrderCommandType.CANCEL_ORDER;
                } else {
                    cmd.command = OrderCommandType.PLACE_ORDER;
                    cmd.resultCode = CommandResultCode.VALID_FOR_MATCHING_ENGINE;
                    cmd.orderType = OrderType.GTC;
                    cmd.action = mix.buys[i] ? OrderAction.BID : OrderAction.ASK;
                    cmd.price = mix.prices[i];
                    cmd.reserveBidPrice = mix.prices[i];
                    cmd.size = mix.quantities[i];
                }
                CommandResultCode code = IOrderBook.processCommand(target, cmd);
                if (checkCodes && code != CommandResultCode.SUCCESS) {
                    throw new IllegalStateException("exchange-core rejected command " + i + ": " + code);
                }
                for (MatcherTradeEvent event = cmd.matcherEvent; event != null; event = event.nextEvent) {
                    if (event.eventType == MatcherEventType.TRADE) {
                        traded += event.size;
                    }
                }
            }
            return traded;
        }
    }

    @Benchmark
    public long fast(FastBook state) {
        return replay(state.book, mix, new TradedUnits(), false);
    }

    @Benchmark
    public long reference(ReferenceBook state) {
        return replay(state.book, mix, new TradedUnits(), false);
    }

    @Benchmark
    public long exchangeCore(ExchangeCoreBook state) {
        return state.replay(state.book, mix, false);
    }
}

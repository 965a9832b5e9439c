package dev.involution.arena.engine;

import dev.involution.arena.engine.book.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cost of settling one round ({@link Market#settleRound()}) with 8 and 32 firms, the engine called
 * directly. Before each settlement (outside the measurement, {@link Level#Invocation}) every active
 * firm buys the compute its users need from the farms' ladder and posts its decisions (a price, a
 * small bounty and some R&amp;D, different per firm and round), as a match's firms do during a
 * round. A market plays the default 60 rounds; then a fresh one with the next seed takes over, so
 * the measured rounds cover a whole match's life (bankruptcies included) again and again.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class SettlementBenchmark {

    @Param({"8", "32"})
    public int firms;

    private MarketConfig config;
    private Market market;
    private long seed = 1;

    @Setup(Level.Trial)
    public void configure() {
        config = MarketConfig.defaults().withMaxFirms(firms);
        newMarket();
        // A run of whole matches: must settle every round and finish.
        for (int i = 0; i < config.rounds(); i++) {
            prepareRound();
            if (market.settleRound() == null) {
                throw new IllegalStateException("round " + (i + 1) + " did not settle");
            }
        }
        if (market.phase() != MarketPhase.FINISHED) {
            throw new IllegalStateException("the match did not finish after " + config.rounds() + " rounds");
        }
    }

    private void newMarket() {
        market = new Market(config, seed++);
        for (int f = 0; f < firms; f++) {
            market.join("firm " + f);
        }
        if (!market.start().ok()) {
            throw new IllegalStateException("the market did not start");
        }
    }

    /** What the firms do during a round: buy compute for their users, post decisions. */
    @Setup(Level.Invocation)
    public void prepareRound() {
        if (market.phase() == MarketPhase.FINISHED) {
            newMarket();
        }
        int round = market.round();
        for (int f = 0; f < firms; f++) {
            FirmView firm = market.firm(f);
            if (!firm.active()) {
                continue;
            }
            long units = firm.users() / config.usersPerUnit() + 1;
            long limit = 8_000;
            long affordable = (firm.cash() - firm.reservedCash()) / limit;
            if (affordable > 0) {
                market.placeOrder(f, Side.BUY, limit, Math.min(units, affordable));
            }
            long price = 10 + (f * 7L + round) % 30;
            long bounty = (f + round) % 4 == 0 ? 50 : 0;
            market.setDecisions(f, new Decisions(price, bounty, 10_000L * (f % 5)));
        }
    }

    @Benchmark
    public RoundReport settleRound() {
        return market.settleRound();
    }
}

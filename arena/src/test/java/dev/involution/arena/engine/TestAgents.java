package dev.involution.arena.engine;

import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.simulation.FirmAgent;
import dev.involution.arena.engine.simulation.FirmPlan;
import dev.involution.arena.engine.simulation.OrderRequest;
import dev.involution.arena.engine.simulation.Seat;
import java.util.ArrayList;
import java.util.List;

/** Simple agents for engine tests: a cost-plus firm and a firm that does random things. */
final class TestAgents {
    private TestAgents() {
    }

    /** Buys compute for its users plus 10%, prices at the marginal compute cost per user plus a markup. */
    static FirmAgent costPlus(double markup) {
        return ctx -> {
            long units = (long) Math.ceil(ctx.self().users() * 1.1 / ctx.usersPerUnit()) + 1;
            long unitPrice = ctx.bestAsk() == Long.MAX_VALUE ? 5_000 : ctx.bestAsk();
            long limit = unitPrice + 1_000;
            long affordable = Math.max(0, ctx.self().cash() - ctx.self().reservedCash()) / limit;
            long quantity = Math.min(units, affordable);
            long price = (long) Math.ceil(unitPrice * (1 + markup) / ctx.usersPerUnit());
            List<OrderRequest> orders = quantity > 0 ? List.of(new OrderRequest(Side.BUY, limit, quantity)) : List.of();
            return new FirmPlan(new Decisions(price, 0, 20_000), orders);
        };
    }

    /** Random decisions and random bids and asks, some of them invalid, from its own seed. */
    static FirmAgent random(long seed) {
        SeededRandom r = new SeededRandom(seed);
        return ctx -> {
            List<OrderRequest> orders = new ArrayList<>();
            int n = (int) r.nextLong(4);
            for (int i = 0; i < n; i++) {
                Side side = r.nextLong(3) == 0 ? Side.SELL : Side.BUY;
                long price = 3_000 + r.nextLong(8_000);
                long qty = 1 + r.nextLong(200);
                orders.add(new OrderRequest(side, price, qty));
            }
            Decisions d = new Decisions(1 + r.nextLong(30), r.nextLong(120), r.nextLong(300_000));
            return new FirmPlan(d, orders);
        };
    }

    /**
     * Random decisions, orders and remedy choices (models, focus, licensors, fees, consortium,
     * safety), some of them invalid or refused, from its own seed.
     */
    static FirmAgent randomRemedies(long seed, int useCases) {
        SeededRandom r = new SeededRandom(seed);
        FirmAgent plain = random(seed ^ 0x5A5AL);
        ModelKind[] kinds = ModelKind.values();
        return ctx -> {
            FirmPlan base = plain.plan(ctx);
            ModelKind model = kinds[(int) r.nextLong(kinds.length)];
            int licensor = model == ModelKind.LICENSED ? (int) r.nextLong(8) : -1;
            RemedyDecisions d = new RemedyDecisions(model, (int) r.nextLong(useCases + 1), licensor,
                    r.nextLong(40), r.nextLong(2) == 0, r.nextLong(200_000));
            List<OrderRequest> orders = new ArrayList<>(base.orders());
            orders.add(new OrderRequest(Side.BUY, 7_000, 60 + r.nextLong(200)));
            return new FirmPlan(base.decisions(), orders, d);
        };
    }

    /** Seats for a market with the remedies: cost-plus firms and firms making random remedy choices. */
    static List<Seat> remedySeats(int firms, long seed, int useCases) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            seats.add(i % 3 == 0
                    ? new Seat("cost-plus-" + i, costPlus(0.3 + 0.1 * i))
                    : new Seat("remedies-" + i, randomRemedies(seed * 31 + i, useCases)));
        }
        return seats;
    }

    static List<Seat> mixedSeats(int firms, long seed) {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            seats.add(i % 2 == 0
                    ? new Seat("cost-plus-" + i, costPlus(0.2 + 0.1 * i))
                    : new Seat("random-" + i, random(seed * 31 + i)));
        }
        return seats;
    }
}

package dev.involution.load;

/**
 * {@link BotApiSimulation}'s request pattern (the same parameters, bots, request names, order,
 * bodies and checks) sent to the no-op route {@code /api/noop}: what HTTP, JSON and the API's edge
 * (rate limit, strict body reader) serve on the same machine, the baseline for the durable orders'
 * ratio (docs/BENCHMARKS.md). See {@link BotTraffic} for how each request maps to the no-op route.
 *
 * <pre>
 * load-tests/run.sh BaselineSimulation [-Dbots=30] [-Drate=0] [-Dduration=30] ...
 * </pre>
 */
public class BaselineSimulation extends BotApiSimulation {

    public BaselineSimulation() {
        super(BotTraffic.Target.NOOP);
    }
}

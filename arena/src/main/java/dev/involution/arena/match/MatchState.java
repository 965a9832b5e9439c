package dev.involution.arena.match;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.involution.arena.CborSerializable;
import dev.involution.arena.engine.AdmittedDecisions;
import dev.involution.arena.engine.Fill;
import dev.involution.arena.engine.Market;
import dev.involution.arena.engine.MarketSnapshot;
import dev.involution.arena.engine.OrderReceipt;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.Standing;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.PolicySettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The state of one match, rebuilt only from its events: the settings, the lifecycle, the seats,
 * the engine's {@link Market}, the round deadline, and what idempotent retries need. Events are
 * applied by {@link #apply(MatchEvent)}, which calls the engine; nothing else changes the state.
 * The market is mutable, so applying returns this same object.
 */
public final class MatchState implements CborSerializable {
    /**
     * What an idempotency key was first used for (a fingerprint of the request) and what it produced:
     * the firm id, order id or event seq, for an order its fills and resting quantity, and for
     * decisions what applied (null for keys remembered before decisions were admitted in parts).
     */
    public record KeyedResult(String fingerprint, long value, List<Fill> fills, long restingQuantity,
                              AdmittedDecisions decisions) {
        static KeyedResult of(String fingerprint, long value) {
            return new KeyedResult(fingerprint, value, List.of(), 0, null);
        }
    }

    /**
     * Snapshot form of the state: plain immutable data, detached from the live state (see
     * {@link MatchSnapshotAdapter}).
     */
    public record Data(String matchId, MatchSettings settings, MatchStatus status, long seq, long createdAt,
                       long deadline, long remainingMillis, List<SeatHolder> seats, MarketSnapshot market,
                       Map<String, KeyedResult> keys, List<Standing> standings, String policy,
                       PolicySettings policySettings, Map<String, KeyedResult> previousKeys,
                       List<Integer> ready, Map<Integer, Integer> lastActive)
            implements CborSerializable {
    }

    private final String matchId;
    private MatchSettings settings;
    private MatchStatus status = MatchStatus.OPEN;
    private long seq;
    private long createdAt;
    private long deadline;
    private long remainingMillis;
    private final List<SeatHolder> seats = new ArrayList<>();
    private final Map<String, Integer> firmOfPlayer = new HashMap<>();
    private Market market;
    private final IdempotencyWindow keys = new IdempotencyWindow();
    private List<Standing> standings = List.of();
    private String policy;
    private PolicySettings policySettings;
    /** Firms that said they are ready for the current round (round 0: for the start). */
    private final Set<Integer> ready = new TreeSet<>();
    /** The last round in which each firm acted (decisions, an order, a cancel, ready); absent: never. */
    private final Map<Integer, Integer> lastActive = new HashMap<>();

    MatchState(String matchId) {
        this.matchId = matchId;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static MatchState fromData(Data d) {
        MatchState s = new MatchState(d.matchId());
        s.settings = d.settings();
        s.status = d.status();
        s.seq = d.seq();
        s.createdAt = d.createdAt();
        s.deadline = d.deadline();
        s.remainingMillis = d.remainingMillis();
        for (SeatHolder h : d.seats()) {
            s.addSeat(h);
        }
        s.market = d.market() == null ? null : Market.restore(d.market());
        s.keys.restore(d.keys(), d.previousKeys());
        s.standings = d.standings();
        s.policy = d.policy();
        s.policySettings = d.policySettings();
        if (d.ready() != null) {
            s.ready.addAll(d.ready());
        }
        if (d.lastActive() != null) {
            s.lastActive.putAll(d.lastActive());
        }
        return s;
    }

    @JsonValue
    Data toData() {
        return new Data(matchId, settings, status, seq, createdAt, deadline, remainingMillis, List.copyOf(seats),
                market == null ? null : market.snapshot(), keys.currentKeys(), standings, policy, policySettings,
                keys.previousKeys(), List.copyOf(ready), Map.copyOf(lastActive));
    }

    // ---- applying events -----------------------------------------------------------------

    /** Applies one event by calling the engine; events must come in sequence. */
    MatchState apply(MatchEvent event) {
        if (event.seq() != seq + 1) {
            throw new IllegalStateException("match " + matchId + " expected event " + (seq + 1) + ", got " + event.seq());
        }
        seq = event.seq();
        if (event instanceof MatchEvent.MatchCreated e) {
            settings = e.settings();
            createdAt = e.at();
            policy = e.settings().policy();
            policySettings = e.settings().policySettings();
            market = new Market(e.settings().market(), e.settings().seed());
        } else if (event instanceof MatchEvent.SeatTaken e) {
            Market.JoinResult joined = market.join(e.holder().name());
            expect(joined.code(), e);
            addSeat(e.holder());
            if (e.idempotencyKey() != null && e.holder().playerId() != null) {
                keys.put(actionKey(e.holder().playerId(), e.idempotencyKey()),
                        KeyedResult.of("join", e.holder().firmId()));
            }
        } else if (event instanceof MatchEvent.MatchStarted e) {
            expect(market.start(), e);
            status = MatchStatus.RUNNING;
            deadline = e.deadline();
            ready.clear();
        } else if (event instanceof MatchEvent.RoundOpened e) {
            if (e.round() != market.round()) {
                throw new IllegalStateException("replay diverged at event " + e.seq() + ": opened round " + e.round());
            }
        } else if (event instanceof MatchEvent.FirmReady e) {
            ready.add(e.firmId());
            noteActive(e.firmId());
        } else if (event instanceof MatchEvent.OrderPlaced e) {
            OrderReceipt receipt = market.placeOrder(e.firmId(), e.side(), e.price(), e.quantity());
            expect(receipt.code(), e);
            if (receipt.orderId() != e.orderId()) {
                throw new IllegalStateException("replay diverged at event " + e.seq() + ": order id "
                        + receipt.orderId() + " != " + e.orderId());
            }
            rememberOrder(e);
        } else if (event instanceof MatchEvent.OrderCancelled e) {
            expect(market.cancelOrder(e.firmId(), e.orderId()), e);
            noteActive(e.firmId());
            rememberAction(e.firmId(), e.idempotencyKey(), "cancel:" + e.orderId(), e.orderId());
        } else if (event instanceof MatchEvent.DecisionsSet e) {
            expect(market.setDecisions(e.firmId(), e.decisions()), e);
            if (e.choices() != null) {
                expect(market.setRemedyDecisions(e.firmId(), e.choices()), e);
            }
            noteActive(e.firmId());
            String playerId = seats.get(e.firmId()).playerId();
            if (e.idempotencyKey() != null && playerId != null) {
                keys.put(actionKey(playerId, e.idempotencyKey()), new KeyedResult(decisionsFingerprint(e.requested(), e.choices()),
                        e.seq(), List.of(), 0, new AdmittedDecisions(ResultCode.OK, e.decisions(), e.adjustments())));
            }
        } else if (event instanceof MatchEvent.RoundSettled e) {
            RoundReport report = market.settleRound();
            if (report == null || report.round() != e.report().round()) {
                throw new IllegalStateException("replay diverged at event " + e.seq() + ": settled round");
            }
            keys.roundSettled();
            deadline = e.nextDeadline();
            ready.clear();
        } else if (event instanceof MatchEvent.MatchPaused e) {
            status = MatchStatus.PAUSED;
            remainingMillis = e.remainingMillis();
        } else if (event instanceof MatchEvent.MatchResumed e) {
            status = MatchStatus.RUNNING;
            deadline = e.deadline();
        } else if (event instanceof MatchEvent.InterventionImposed e) {
            Intervention imposed = market.impose(e.intervention());
            if (imposed.id() != e.intervention().id()) {
                throw new IllegalStateException("replay diverged at event " + e.seq() + ": intervention id");
            }
        } else if (event instanceof MatchEvent.InterventionLifted e) {
            expect(market.lift(e.intervention().id()), e);
        } else if (event instanceof MatchEvent.PolicyChanged e) {
            policy = e.policy();
            policySettings = e.settings();
        } else if (event instanceof MatchEvent.MatchFinished e) {
            status = MatchStatus.FINISHED;
            standings = e.standings();
            deadline = 0;
        }
        return this;
    }

    /** The result of placing an order live: a rejection code, or the event that records the accepted order. */
    record Placed(ResultCode code, MatchEvent.OrderPlaced event) {
    }

    /**
     * Places an order now: the engine decides. An accepted order is recorded as the next event,
     * already applied (replaying that event later makes the same call and checks the outcome).
     */
    Placed placeOrderLive(long at, int firmId, Side side, long price, long quantity, String clientOrderId) {
        return placeOrderLive(at, firmId, side, price, quantity, clientOrderId, null);
    }

    /** As above, for an order fitted down from {@code requestedQuantity} (null: placed as asked). */
    Placed placeOrderLive(long at, int firmId, Side side, long price, long quantity, String clientOrderId,
                          Long requestedQuantity) {
        OrderReceipt r = market.placeOrder(firmId, side, price, quantity);
        if (!r.code().ok()) {
            return new Placed(r.code(), null);
        }
        seq++;
        MatchEvent.OrderPlaced e = new MatchEvent.OrderPlaced(seq, at, firmId, side, price, quantity, clientOrderId,
                r.orderId(), r.fills(), r.restingQuantity(), requestedQuantity);
        rememberOrder(e);
        return new Placed(ResultCode.OK, e);
    }

    /** Settles the current round now; returns the event that records it, already applied. */
    MatchEvent.RoundSettled settleLive(long at, long nextDeadline) {
        RoundReport report = market.settleRound();
        seq++;
        keys.roundSettled();
        deadline = nextDeadline;
        ready.clear();
        return new MatchEvent.RoundSettled(seq, at, report, nextDeadline);
    }

    /** Puts a proposed intervention in force now; returns the event that records it (with its id), already applied. */
    MatchEvent.InterventionImposed imposeLive(long at, Intervention proposal) {
        Intervention imposed = market.impose(proposal);
        seq++;
        return new MatchEvent.InterventionImposed(seq, at, imposed);
    }

    private void rememberOrder(MatchEvent.OrderPlaced e) {
        noteActive(e.firmId());
        if (e.clientOrderId() != null) {
            keys.putOrder(e.firmId(), orderKey(e.firmId(), e.clientOrderId()), new KeyedResult(
                    orderFingerprint(e.side(), e.price(),
                            e.requestedQuantity() != null ? e.requestedQuantity() : e.quantity(),
                            e.requestedQuantity() != null), e.orderId(), e.fills(), e.restingQuantity(), null));
        }
    }

    private void noteActive(int firmId) {
        lastActive.put(firmId, market.round());
    }

    private static void expect(ResultCode code, MatchEvent e) {
        if (!code.ok()) {
            throw new IllegalStateException("replay diverged at event " + e.seq() + ": " + code);
        }
    }

    private void addSeat(SeatHolder holder) {
        seats.add(holder);
        if (holder.playerId() != null) {
            firmOfPlayer.put(holder.playerId(), holder.firmId());
        }
    }

    private void rememberAction(int firmId, String idempotencyKey, String fingerprint, long value) {
        String playerId = seats.get(firmId).playerId();
        if (idempotencyKey != null && playerId != null) {
            keys.put(actionKey(playerId, idempotencyKey), KeyedResult.of(fingerprint, value));
        }
    }

    // ---- idempotency keys ----------------------------------------------------------------

    static String orderKey(int firmId, String clientOrderId) {
        return "order/" + firmId + "/" + clientOrderId;
    }

    /** The firm of an {@link #orderKey}, or -1 for any other key. */
    static int firmOfOrderKey(String key) {
        if (!key.startsWith("order/")) {
            return -1;
        }
        int end = key.indexOf('/', 6);
        return end < 0 ? -1 : Integer.parseInt(key, 6, end, 10);
    }

    static String actionKey(String playerId, String idempotencyKey) {
        return "action/" + playerId + "/" + idempotencyKey;
    }

    /** What an order asked for: side, price, quantity and whether it asked to be fitted. */
    static String orderFingerprint(Side side, long price, long quantity, boolean fit) {
        return side + "|" + price + "|" + quantity + (fit ? "|fit" : "");
    }

    static String decisionsFingerprint(dev.involution.arena.engine.Decisions d,
                                       dev.involution.arena.engine.RemedyDecisions choices) {
        return "decisions:" + d.price() + "|" + d.bounty() + "|" + d.rnd() + (choices == null ? "" : "|" + choices);
    }

    KeyedResult keyed(String key) {
        return keys.get(key);
    }

    /** Whether the firm may use one more new client order id in this round (see {@link IdempotencyWindow}). */
    boolean orderIdAllowed(int firmId) {
        return keys.orderIdAllowed(firmId);
    }

    /** How many keys the match remembers now (both rounds of its window). */
    int rememberedKeys() {
        return keys.size();
    }

    // ---- reading -------------------------------------------------------------------------

    public String matchId() {
        return matchId;
    }

    public boolean created() {
        return settings != null;
    }

    public MatchSettings settings() {
        return settings;
    }

    public MatchStatus status() {
        return status;
    }

    public long seq() {
        return seq;
    }

    public long createdAt() {
        return createdAt;
    }

    /** End of the current round, epoch ms; 0 when no round is running. */
    public long deadline() {
        return deadline;
    }

    public long remainingMillis() {
        return remainingMillis;
    }

    public List<SeatHolder> seats() {
        return List.copyOf(seats);
    }

    /** The firm this player holds, or null. */
    public Integer firmOf(String playerId) {
        return firmOfPlayer.get(playerId);
    }

    public Market market() {
        return market;
    }

    public RoundReport lastReport() {
        List<RoundReport> reports = market.reports();
        return reports.isEmpty() ? null : reports.get(reports.size() - 1);
    }

    public List<Standing> standings() {
        return standings;
    }

    /** The regulator's policy in force. */
    public String policy() {
        return policy;
    }

    public PolicySettings policySettings() {
        return policySettings;
    }

    /** Whether the firm said it is ready for the current round (round 0: for the start). */
    public boolean ready(int firmId) {
        return ready.contains(firmId);
    }

    /** The last round in which the firm acted (decisions, an order, a cancel, ready); 0 if it never did. */
    public int lastActiveRound(int firmId) {
        return lastActive.getOrDefault(firmId, 0);
    }
}

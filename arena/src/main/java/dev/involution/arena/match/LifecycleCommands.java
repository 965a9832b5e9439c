package dev.involution.arena.match;

import dev.involution.arena.engine.MarketPhase;
import dev.involution.arena.engine.ResultCode;
import dev.involution.arena.engine.Standings;
import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.Policies;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a match decides its life: creation, seats, start/pause/resume/stop, the end of each round,
 * the regulator's interventions and policy, and the admin's messages.
 */
final class LifecycleCommands {
    private final String matchId;
    private final Clock clock;
    private final PendingWrite pending;

    LifecycleCommands(String matchId, Clock clock, PendingWrite pending) {
        this.matchId = matchId;
        this.clock = clock;
        this.pending = pending;
    }

    private long now() {
        return clock.millis();
    }

    void create(MatchState state, MatchEntity.Create cmd) {
        if (state.created()) {
            pending.reject(cmd.replyTo(), Rejection.of(Rejection.Kind.CONFLICT, "MATCH_EXISTS",
                    "a match with this id already exists"));
            return;
        }
        long at = now();
        List<MatchEvent> events = new ArrayList<>();
        events.add(PendingWrite.applied(state, new MatchEvent.MatchCreated(state.seq() + 1, at, matchId,
                cmd.settings())));
        List<String> bots = cmd.settings().houseBots();
        for (int i = 0; i < bots.size(); i++) {
            String name = cmd.settings().houseBotName(i);
            SeatHolder holder = new SeatHolder(i, houseId(i), name, SeatKind.HOUSE, bots.get(i));
            events.add(PendingWrite.applied(state, new MatchEvent.SeatTaken(state.seq() + 1, at, holder, null)));
        }
        List<MatchSettings.SeatedPlayer> players = cmd.settings().players();
        for (int i = 0; i < players.size(); i++) {
            SeatHolder holder = new SeatHolder(bots.size() + i, players.get(i).playerId(), players.get(i).name(),
                    SeatKind.PLAYER, null);
            events.add(PendingWrite.applied(state, new MatchEvent.SeatTaken(state.seq() + 1, at, holder, null)));
        }
        pending.stage(events, () -> cmd.replyTo().tell(new MatchEntity.Created(matchId)));
    }

    private static String houseId(int firmId) {
        return "house-" + firmId;
    }

    void join(MatchState state, MatchEntity.Join cmd) {
        if (!state.created()) {
            pending.reject(cmd.replyTo(), Refusals.noSuchMatch());
            return;
        }
        Integer seated = state.firmOf(cmd.playerId());
        if (seated != null) {
            pending.reply(cmd.replyTo(), new MatchEntity.Joined(seated));
            return;
        }
        Rejection refused = null;
        if (state.status() == MatchStatus.FINISHED) {
            refused = Rejection.of(ResultCode.MATCH_FINISHED);
        } else if (!state.settings().open()) {
            refused = Rejection.of(Rejection.Kind.FORBIDDEN, "SEAT_RESERVED",
                    "the seats of this match are reserved for its tournament's entrants");
        } else if (state.market().firmCount() >= state.settings().market().maxFirms()) {
            refused = Rejection.of(ResultCode.MATCH_FULL);
        } else {
            refused = nameTaken(state, cmd.name());
        }
        if (refused != null) {
            pending.reject(cmd.replyTo(), refused);
            return;
        }
        int firmId = state.market().firmCount();
        SeatHolder holder = new SeatHolder(firmId, cmd.playerId(), cmd.name(), SeatKind.PLAYER, null);
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.SeatTaken(state.seq() + 1, now(), holder,
                cmd.idempotencyKey()));
        pending.stage(List.of(e), () -> cmd.replyTo().tell(new MatchEntity.Joined(firmId)));
    }

    /** A refusal when a firm of the match already has a name that reads as {@code name}, else null. */
    private static Rejection nameTaken(MatchState state, String name) {
        for (SeatHolder seat : state.seats()) {
            if (seat.sameNameAs(name)) {
                return new Rejection(Rejection.Kind.CONFLICT, "NAME_TAKEN", "a firm in this match is already called '"
                        + seat.name() + "'; join under another name (body {\"name\": \"...\"})", "name");
            }
        }
        return null;
    }

    void control(MatchState state, MatchEntity.Control cmd) {
        if (!state.created()) {
            pending.reject(cmd.replyTo(), Refusals.noSuchMatch());
            return;
        }
        long at = now();
        MatchStatus status = state.status();
        MatchEvent event;
        switch (cmd.action()) {
            case START -> {
                if (status != MatchStatus.OPEN) {
                    if (status == MatchStatus.FINISHED) {
                        pending.reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
                    } else {
                        pending.reply(cmd.replyTo(), new MatchEntity.ControlDone(status));
                    }
                    return;
                }
                if (state.market().firmCount() < 2) {
                    pending.reject(cmd.replyTo(), Rejection.of(ResultCode.NOT_ENOUGH_FIRMS));
                    return;
                }
                pending.stage(start(state, at), () -> cmd.replyTo().tell(new MatchEntity.ControlDone(state.status())));
                return;
            }
            case PAUSE -> {
                if (status != MatchStatus.RUNNING) {
                    answerUnchanged(cmd, status, MatchStatus.PAUSED, "pause");
                    return;
                }
                event = new MatchEvent.MatchPaused(state.seq() + 1, at, Math.max(0, state.deadline() - at));
            }
            case RESUME -> {
                if (status != MatchStatus.PAUSED) {
                    answerUnchanged(cmd, status, MatchStatus.RUNNING, "resume");
                    return;
                }
                event = new MatchEvent.MatchResumed(state.seq() + 1, at, at + state.remainingMillis());
            }
            case STOP -> {
                if (status == MatchStatus.FINISHED) {
                    pending.reply(cmd.replyTo(), new MatchEntity.ControlDone(status));
                    return;
                }
                event = new MatchEvent.MatchFinished(state.seq() + 1, at, true,
                        Standings.rank(state.market().firms()));
            }
            default -> throw new IllegalArgumentException(cmd.action().name());
        }
        PendingWrite.applied(state, event);
        pending.stage(List.of(event), () -> cmd.replyTo().tell(new MatchEntity.ControlDone(state.status())));
    }

    /** Starts an OPEN match now: round 1 opens; returns the events, already applied. */
    List<MatchEvent> start(MatchState state, long at) {
        List<MatchEvent> events = new ArrayList<>();
        events.add(PendingWrite.applied(state, new MatchEvent.MatchStarted(state.seq() + 1, at,
                at + state.settings().roundMillis())));
        events.add(roundOpened(state, at));
        return events;
    }

    /** A match that starts by itself starts when its time has come (the timer may fire a little early). */
    void startIfDue(MatchState state) {
        long at = now();
        if (state.created() && state.status() == MatchStatus.OPEN && state.settings().startAt() > 0
                && at >= state.settings().startAt() && state.market().firmCount() >= 2) {
            pending.stage(start(state, at), () -> { });
        }
    }

    /** The {@code round-opened} event of the round the market has just opened, already applied. */
    private static MatchEvent roundOpened(MatchState state, long at) {
        List<MatchEvent.Ask> asks = new ArrayList<>();
        state.market().book().forEachOrder((id, owner, side, price, remaining) -> {
            if (owner == OrderBook.FARM) {
                asks.add(new MatchEvent.Ask(price, remaining));
            }
        });
        asks.sort(Comparator.comparingLong(MatchEvent.Ask::price));
        return PendingWrite.applied(state, new MatchEvent.RoundOpened(state.seq() + 1, at, state.market().round(),
                state.deadline(), asks));
    }

    /** Asking for the state the match is already in answers that state; any other state refuses. */
    private void answerUnchanged(MatchEntity.Control cmd, MatchStatus status, MatchStatus target, String action) {
        if (status == target) {
            pending.reply(cmd.replyTo(), new MatchEntity.ControlDone(status));
        } else {
            pending.reject(cmd.replyTo(), Refusals.notIn(status, action));
        }
    }

    void broadcast(MatchState state, MatchEntity.Broadcast cmd) {
        if (!state.created()) {
            pending.reject(cmd.replyTo(), Refusals.noSuchMatch());
            return;
        }
        if (cmd.firmId() != null && state.seats().stream().noneMatch(s -> s.firmId() == cmd.firmId())) {
            pending.reject(cmd.replyTo(), new Rejection(Rejection.Kind.NOT_FOUND, "UNKNOWN_FIRM",
                    "no firm #" + cmd.firmId() + " in this match", "firmId"));
            return;
        }
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.MessageBroadcast(state.seq() + 1, now(),
                cmd.text(), cmd.firmId()));
        pending.stage(List.of(e), () -> cmd.replyTo().tell(new MatchEntity.Broadcasted(e.seq())));
    }

    /** Ends the round that is due at {@code at}: settles it, lifts expired rules, finishes after the last. */
    void endRound(MatchState state, long at) {
        long deadline = state.deadline();
        long roundMillis = state.settings().roundMillis();
        // A lockstep round may end early: the next one gets its whole time from now.
        long next = !state.settings().lockstep() && deadline + roundMillis > at ? deadline + roundMillis
                : at + roundMillis;
        boolean last = state.market().round() >= state.settings().market().rounds();
        List<MatchEvent> events = new ArrayList<>();
        events.add(state.settleLive(at, last ? 0 : next));
        for (Intervention ended : state.market().expiredInterventions()) {
            events.add(PendingWrite.applied(state, new MatchEvent.InterventionLifted(state.seq() + 1, at, ended)));
        }
        if (state.market().phase() == MarketPhase.FINISHED) {
            events.add(PendingWrite.applied(state, new MatchEvent.MatchFinished(state.seq() + 1, at, false,
                    Standings.rank(state.market().firms()))));
        } else {
            events.add(roundOpened(state, at));
        }
        pending.stage(events, () -> { });
    }

    void impose(MatchState state, MatchEntity.Impose cmd) {
        if (state.status() == MatchStatus.FINISHED || state.market().round() != cmd.forRound()) {
            return;
        }
        long at = now();
        List<MatchEvent> events = new ArrayList<>();
        for (Intervention proposal : cmd.proposals()) {
            events.add(state.imposeLive(at, proposal));
        }
        pending.stage(events, () -> { });
    }

    void changePolicy(MatchState state, MatchEntity.ChangePolicy cmd) {
        if (!state.created()) {
            pending.reject(cmd.replyTo(), Refusals.noSuchMatch());
            return;
        }
        if (state.status() == MatchStatus.FINISHED) {
            pending.reject(cmd.replyTo(), Rejection.of(ResultCode.MATCH_FINISHED));
            return;
        }
        if (!Policies.exists(cmd.policy())) {
            pending.reject(cmd.replyTo(), new Rejection(Rejection.Kind.INVALID, "INVALID_POLICY",
                    "unknown policy '" + cmd.policy() + "'; known: " + Policies.NAMES, "policy"));
            return;
        }
        if (Policies.REMEDIES.contains(cmd.policy()) && !state.market().config().hasRemedies()) {
            pending.reject(cmd.replyTo(), new Rejection(Rejection.Kind.INVALID, "POLICY_NEEDS_REMEDIES",
                    "policy '" + cmd.policy() + "' puts the article's remedies in force: this match plays the "
                            + "classic rules", "policy"));
            return;
        }
        MatchEvent e = PendingWrite.applied(state, new MatchEvent.PolicyChanged(state.seq() + 1, now(), cmd.policy(),
                cmd.settings()));
        pending.stage(List.of(e),
                () -> cmd.replyTo().tell(new MatchEntity.PolicySet(cmd.policy(), cmd.settings())));
    }
}

package dev.involution.arena.match;

import akka.actor.typed.ActorRef;
import akka.actor.typed.javadsl.ActorContext;
import dev.involution.arena.view.ApiViews;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The house bots of one match: started with their seats, told when a round opens, stopped when it finishes. */
final class HouseBots {
    private final ActorContext<MatchEntity.Command> ctx;
    private final ActorRef<MatchEntity.Command> inbox;
    private final Clock clock;
    private final Map<Integer, ActorRef<HouseBot.Command>> bots = new HashMap<>();

    HouseBots(ActorContext<MatchEntity.Command> ctx, ActorRef<MatchEntity.Command> inbox, Clock clock) {
        this.ctx = ctx;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Starts a bot for every house seat that has none yet; while the match runs, tells them the round. */
    void start(MatchState state) {
        if (state.status() == MatchStatus.FINISHED) {
            return;
        }
        for (SeatHolder seat : state.seats()) {
            if (seat.kind() == SeatKind.HOUSE && !bots.containsKey(seat.firmId())) {
                ActorRef<HouseBot.Command> bot = ctx.spawn(
                        HouseBot.create(inbox, seat.playerId(), seat.strategy(), state.settings().seed()),
                        "house-bot-" + seat.firmId());
                bots.put(seat.firmId(), bot);
            }
        }
        if (state.status() == MatchStatus.RUNNING) {
            roundOpened(state);
        }
    }

    /** Tells every bot of an active firm that the current round is open. */
    void roundOpened(MatchState state) {
        long remaining = Math.max(0, state.deadline() - clock.millis());
        bots.forEach((firmId, bot) -> {
            if (state.market().firm(firmId).active()) {
                bot.tell(new HouseBot.RoundOpened(state.market().round(),
                        ApiViews.marketView(state.market(), state.lastReport()),
                        ApiViews.ownFirm(state.market().firm(firmId)), remaining, state.settings().lockstep()));
            }
        });
    }

    void stopAll() {
        bots.values().forEach(ctx::stop);
        bots.clear();
    }
}

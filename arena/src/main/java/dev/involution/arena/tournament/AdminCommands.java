package dev.involution.arena.tournament;

import akka.persistence.typed.javadsl.Effect;
import akka.persistence.typed.javadsl.EffectFactories;
import dev.involution.arena.match.Rejection;
import dev.involution.arena.tournament.TournamentEntity.Control;
import dev.involution.arena.tournament.TournamentEntity.Create;
import dev.involution.arena.tournament.TournamentEntity.Register;
import dev.involution.arena.tournament.TournamentEntity.Registered;
import dev.involution.arena.tournament.TournamentEntity.Rejected;
import dev.involution.arena.tournament.TournamentEntity.Summary;
import dev.involution.arena.tournament.TournamentEntity.View;
import dev.involution.arena.tournament.TournamentEntity.Withdraw;
import dev.involution.arena.tournament.TournamentEntity.Withdrawn;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a tournament answers its admin and its entrants: creation, registering and withdrawing
 * while it is open, and start/pause/resume/stop. Every persisted change is followed by the
 * entity's {@code changed} step, which publishes it and moves the tournament on.
 */
final class AdminCommands {
    private final String tournamentId;
    private final Clock clock;
    private final EffectFactories<TournamentEvent, TournamentState> effects;
    private final Consumer<TournamentState> changed;

    AdminCommands(String tournamentId, Clock clock, EffectFactories<TournamentEvent, TournamentState> effects,
                  Consumer<TournamentState> changed) {
        this.tournamentId = tournamentId;
        this.clock = clock;
        this.effects = effects;
        this.changed = changed;
    }

    Effect<TournamentEvent, TournamentState> create(TournamentState state, Create cmd) {
        if (state.created()) {
            return effects.reply(cmd.replyTo(), new Rejected(Rejection.of(Rejection.Kind.CONFLICT,
                    "TOURNAMENT_EXISTS", "a tournament with this id already exists")));
        }
        long at = clock.millis();
        List<TournamentEvent> events = new ArrayList<>();
        events.add(new TournamentEvent.Created(tournamentId, cmd.settings(), at));
        List<String> houseBots = cmd.settings().houseBots();
        for (int i = 0; i < houseBots.size(); i++) {
            events.add(new TournamentEvent.EntrantRegistered(Entrant.house(i + 1, houseBots.get(i)), at));
        }
        return effects.persist(events).thenRun(changed::accept)
                .thenReply(cmd.replyTo(), s -> new View(TournamentViews.view(s)));
    }

    Effect<TournamentEvent, TournamentState> register(TournamentState state, Register cmd) {
        if (!state.created()) {
            return effects.reply(cmd.replyTo(), TournamentEntity.notFound());
        }
        Entrant known = state.entrant(cmd.playerId());
        if (known != null) {
            return effects.reply(cmd.replyTo(), new Registered(TournamentViews.entrant(known), false));
        }
        Rejection refused = state.status() != TournamentStatus.OPEN
                ? conflict("TOURNAMENT_NOT_OPEN", "the tournament has started; entrants register while it is OPEN")
                : state.settings().fast()
                ? conflict("FAST_MODE_HOUSE_ONLY", "a fast tournament plays house bots only; players enter live ones")
                : state.entrants().size() >= TournamentSettings.MAX_ENTRANTS
                ? conflict("TOURNAMENT_FULL", "the tournament has its " + TournamentSettings.MAX_ENTRANTS + " entrants")
                : null;
        if (refused != null) {
            return effects.reply(cmd.replyTo(), new Rejected(refused));
        }
        Entrant entrant = Entrant.player(cmd.playerId(), cmd.name());
        return effects.persist(new TournamentEvent.EntrantRegistered(entrant, clock.millis())).thenRun(changed::accept)
                .thenReply(cmd.replyTo(), s -> new Registered(TournamentViews.entrant(entrant), true));
    }

    Effect<TournamentEvent, TournamentState> withdraw(TournamentState state, Withdraw cmd) {
        if (!state.created()) {
            return effects.reply(cmd.replyTo(), TournamentEntity.notFound());
        }
        if (state.entrant(cmd.playerId()) == null) {
            return effects.reply(cmd.replyTo(), new Rejected(Rejection.of(Rejection.Kind.NOT_FOUND,
                    "NOT_REGISTERED", "you are not registered in this tournament")));
        }
        if (state.status() != TournamentStatus.OPEN) {
            return effects.reply(cmd.replyTo(), new Rejected(conflict("TOURNAMENT_NOT_OPEN",
                    "the tournament has started; entrants can withdraw only while it is OPEN")));
        }
        return effects.persist(new TournamentEvent.EntrantWithdrew(cmd.playerId(), clock.millis()))
                .thenRun(changed::accept).thenReply(cmd.replyTo(), s -> new Withdrawn(cmd.playerId()));
    }

    Effect<TournamentEvent, TournamentState> control(TournamentState state, Control cmd) {
        if (!state.created()) {
            return effects.reply(cmd.replyTo(), TournamentEntity.notFound());
        }
        TournamentStatus status = state.status();
        long at = clock.millis();
        switch (cmd.action()) {
            case START -> {
                if (status != TournamentStatus.OPEN) {
                    return status == TournamentStatus.FINISHED ? refuse(state, cmd, "TOURNAMENT_FINISHED", "start")
                            : summary(state, cmd);
                }
                if (state.entrants().size() < 2) {
                    return effects.reply(cmd.replyTo(), new Rejected(conflict("TOO_FEW_ENTRANTS",
                            "a tournament needs at least 2 entrants to start, has " + state.entrants().size())));
                }
                List<DrawnMatch> drawn = state.settings().swiss()
                        ? TournamentDraw.nextRound(state.settings(), state.entrants(), List.of(), state.leaderboard())
                        : TournamentDraw.allRounds(state.settings(), state.entrants());
                return persistThenSummary(List.of(new TournamentEvent.Started(at),
                        new TournamentEvent.MatchesDrawn(drawn, at)), cmd);
            }
            case PAUSE -> {
                if (status != TournamentStatus.RUNNING) {
                    return status == TournamentStatus.PAUSED ? summary(state, cmd) : refuse(state, cmd, "NOT_RUNNING", "pause");
                }
                return persistThenSummary(List.of(new TournamentEvent.Paused(at)), cmd);
            }
            case RESUME -> {
                if (status != TournamentStatus.PAUSED) {
                    return status == TournamentStatus.RUNNING ? summary(state, cmd) : refuse(state, cmd, "NOT_PAUSED", "resume");
                }
                return persistThenSummary(List.of(new TournamentEvent.Resumed(at)), cmd);
            }
            case STOP -> {
                if (status == TournamentStatus.OPEN || status == TournamentStatus.FINISHED) {
                    return refuse(state, cmd, "NOT_PLAYING", "stop");
                }
                if (status == TournamentStatus.STOPPING) {
                    return summary(state, cmd);
                }
                return persistThenSummary(List.of(new TournamentEvent.Stopped(at)), cmd);
            }
            default -> throw new IllegalStateException("unknown action " + cmd.action());
        }
    }

    private Effect<TournamentEvent, TournamentState> persistThenSummary(List<TournamentEvent> events, Control cmd) {
        return effects.persist(events).thenRun(changed::accept)
                .thenReply(cmd.replyTo(), s -> new Summary(TournamentViews.summary(s)));
    }

    private Effect<TournamentEvent, TournamentState> summary(TournamentState state, Control cmd) {
        return effects.reply(cmd.replyTo(), new Summary(TournamentViews.summary(state)));
    }

    private Effect<TournamentEvent, TournamentState> refuse(TournamentState state, Control cmd, String code,
                                                           String what) {
        return effects.reply(cmd.replyTo(), new Rejected(conflict(code,
                "cannot " + what + " a tournament that is " + state.status())));
    }

    private static Rejection conflict(String code, String message) {
        return Rejection.of(Rejection.Kind.CONFLICT, code, message);
    }
}

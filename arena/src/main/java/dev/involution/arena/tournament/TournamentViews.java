package dev.involution.arena.tournament;

import dev.involution.arena.engine.tournament.Seating;
import dev.involution.bots.api.TournamentEntrant;
import dev.involution.bots.api.NextMatch;
import dev.involution.bots.api.TournamentMatch;
import dev.involution.bots.api.TournamentSeat;
import dev.involution.bots.api.TournamentSummary;
import dev.involution.bots.api.TournamentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A tournament's state as the public API shows it. */
final class TournamentViews {
    private TournamentViews() {
    }

    static TournamentView view(TournamentState state) {
        List<TournamentEntrant> entrants = state.entrants().stream().map(TournamentViews::entrant).toList();
        List<TournamentMatch> matches = new ArrayList<>();
        for (DrawnMatch m : state.schedule()) {
            matches.add(state.matchView(m.number(), () -> match(state, m)));
        }
        return new TournamentView(summary(state), state.seq(), state.settings().asRequest(), entrants, matches,
                state.leaderboard());
    }

    static TournamentSummary summary(TournamentState state) {
        TournamentSettings s = state.settings();
        boolean early = stoppedEarly(state);
        int total = early ? state.matchesPlayed() + (int) state.schedule().stream().filter(m -> state.inPlay(m.number())).count()
                : state.status() == TournamentStatus.OPEN || s.swiss()
                ? s.rounds() * tablesPerRound(state.entrants().size(), s.seatsPerMatch())
                : state.schedule().size();
        int round = state.status() != TournamentStatus.FINISHED ? state.currentRound()
                : early ? state.schedule().stream().filter(m -> state.recorded(m.number()))
                        .mapToInt(DrawnMatch::round).max().orElse(0)
                : s.rounds();
        return new TournamentSummary(state.tournamentId(), s.name(), s.format(), s.mode(), state.status().name(),
                round, s.rounds(), state.entrants().size(), s.seatsPerMatch(), state.matchesPlayed(), total,
                state.createdAt());
    }

    private static int tablesPerRound(int entrants, int seats) {
        return entrants < 2 ? 1 : Seating.tablesPerRound(entrants, seats);
    }

    /** Whether the admin ended the tournament before its schedule was played. */
    private static boolean stoppedEarly(TournamentState state) {
        return state.status() == TournamentStatus.STOPPING
                || state.status() == TournamentStatus.FINISHED && state.matchesPlayed() < state.schedule().size();
    }

    static TournamentEntrant entrant(Entrant e) {
        return new TournamentEntrant(e.id(), e.name(), e.kind().name().toLowerCase(Locale.ROOT), e.strategy());
    }

    private static TournamentMatch match(TournamentState state, DrawnMatch m) {
        List<SeatResult> results = state.result(m.number());
        List<TournamentSeat> seats = new ArrayList<>();
        for (int firmId = 0; firmId < m.seats().size(); firmId++) {
            SeatPlan seat = m.seats().get(firmId);
            String kind = seat.filler() ? "filler" : TournamentState.kind(state.entrant(seat.entrantId()));
            SeatResult r = results == null ? null : results.get(firmId);
            seats.add(new TournamentSeat(seat.entrantId(), seat.name(), kind, seat.strategy(), firmId,
                    r == null ? 0 : r.rank(), r == null ? 0 : r.score(),
                    r == null ? null : r.bankrupt() ? "BANKRUPT" : "ACTIVE"));
        }
        boolean started = state.started(m.number()) || results != null;
        String matchId = started ? state.matchId(m.number()) : null;
        String status = results != null ? "FINISHED" : started ? "RUNNING"
                : stoppedEarly(state) && !state.inPlay(m.number()) ? "CANCELLED" : "SCHEDULED";
        return new TournamentMatch(m.number(), m.round(), matchId, status, m.seed(), seats, state.startAt(m.number()));
    }

    /** The player's matches of this tournament that are drawn and not yet played (nor cancelled). */
    static List<NextMatch> playerMatches(TournamentState state, String playerId, long now) {
        List<NextMatch> out = new ArrayList<>();
        if (!state.created() || state.settings().fast() || state.status() == TournamentStatus.FINISHED) {
            return out;
        }
        for (DrawnMatch m : state.schedule()) {
            if (state.recorded(m.number()) || (stoppedEarly(state) && !state.inPlay(m.number()))) {
                continue;
            }
            for (int firmId = 0; firmId < m.seats().size(); firmId++) {
                if (playerId.equals(m.seats().get(firmId).entrantId())) {
                    String matchId = state.started(m.number()) ? state.matchId(m.number()) : null;
                    long startAt = state.startAt(m.number());
                    String status = matchId == null ? "SCHEDULED" : startAt > now ? "OPEN" : "RUNNING";
                    out.add(new NextMatch("tournament", state.tournamentId(), m.round(), matchId, status, startAt,
                            matchId == null ? null : firmId, state.settings().match().lockstep()));
                }
            }
        }
        return out;
    }

    /** The players' placings in every played match, in the order the matches were recorded. */
    static List<TournamentEntity.RatedMatch> ratedMatches(TournamentState state) {
        List<TournamentEntity.RatedMatch> rated = new ArrayList<>();
        if (!state.created()) {
            return rated;
        }
        for (DrawnMatch m : state.schedule()) {
            List<SeatResult> results = state.result(m.number());
            if (results != null) {
                List<Placing> players = state.placings(m, results).stream().filter(p -> p.kind().equals("player")).toList();
                if (!players.isEmpty()) {
                    rated.add(new TournamentEntity.RatedMatch(state.recordedAt(m.number()), state.tournamentId(),
                            m.number(), players));
                }
            }
        }
        return rated;
    }
}

package dev.involution.arena.tournament;

import dev.involution.bots.api.TournamentView;
import java.util.ArrayList;
import java.util.List;

/**
 * A fast round-robin tournament's matches without its entity, for benchmarks that compare the
 * tournament machinery with the bare engine (test scope). {@link #schedule} is the schedule the
 * entity draws when the tournament starts with only its house bots entered (entrants
 * {@code house-1..N} in the order of {@link TournamentSettings#houseBots()}), {@link #play} plays one
 * of its matches with the engine exactly as the entity does (same seed, same result), and
 * {@link #replayWithViews} applies the events the entity would persist for those results to a
 * {@link TournamentState}, building the whole view after every event as the entity does before
 * publishing it, with no actor, journal or topic.
 */
public final class FastTournamentReplay {

    private FastTournamentReplay() {
    }

    /** The entrants a tournament created with these settings has: its house bots, numbered from 1. */
    public static List<Entrant> houseEntrants(TournamentSettings settings) {
        List<Entrant> entrants = new ArrayList<>();
        for (int i = 0; i < settings.houseBots().size(); i++) {
            entrants.add(Entrant.house(i + 1, settings.houseBots().get(i)));
        }
        return entrants;
    }

    /** Every match of a round-robin tournament of house bots, in the order the entity plays them. */
    public static List<DrawnMatch> schedule(TournamentSettings settings) {
        if (settings.swiss()) {
            throw new IllegalArgumentException("only round-robin tournaments are drawn in full at the start");
        }
        return TournamentDraw.allRounds(settings, houseEntrants(settings));
    }

    /** One scheduled match played in fast-forward, one result per seat in firm order. */
    public static List<SeatResult> play(TournamentSettings settings, DrawnMatch match) {
        return FastMatch.play(settings.match(), match);
    }

    /**
     * Applies the events of the whole tournament as the entity persists them (created with its
     * house bots; started and every match drawn; each result recorded, in schedule order; finished)
     * and, after each persisted batch, builds the whole view and looks for the next matches to
     * play, as the entity does after every persist; returns the last view.
     * {@code results.get(i)} is the result of {@code schedule.get(i)}.
     */
    public static TournamentView replayWithViews(String tournamentId, TournamentSettings settings,
                                                 List<DrawnMatch> schedule, List<List<SeatResult>> results) {
        List<List<TournamentEvent>> batches = new ArrayList<>();
        List<TournamentEvent> created = new ArrayList<>();
        created.add(new TournamentEvent.Created(tournamentId, settings, 0));
        houseEntrants(settings).forEach(e -> created.add(new TournamentEvent.EntrantRegistered(e, 0)));
        batches.add(created);
        batches.add(List.of(new TournamentEvent.Started(1), new TournamentEvent.MatchesDrawn(schedule, 1)));
        for (int i = 0; i < schedule.size(); i++) {
            batches.add(List.of(new TournamentEvent.MatchRecorded(schedule.get(i).number(), results.get(i), 2L + i)));
        }
        batches.add(List.of(new TournamentEvent.Finished(2L + schedule.size())));
        TournamentState state = new TournamentState();
        TournamentView view = null;
        for (List<TournamentEvent> batch : batches) {
            batch.forEach(state::apply);
            view = TournamentViews.view(state);
            if (state.unplayed().isEmpty() && state.currentRound() != 0) {
                throw new IllegalStateException("a round with nothing left to play");
            }
        }
        return view;
    }
}

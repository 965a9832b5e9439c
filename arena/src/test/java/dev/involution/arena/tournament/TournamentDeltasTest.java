package dev.involution.arena.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.bots.api.TournamentDelta;
import dev.involution.bots.api.TournamentRequest;
import dev.involution.bots.api.TournamentView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A delta between two views of a tournament turns the first into the second, carries only what
 * changed, and the entity's recent changes give a resuming client exactly the deltas it missed.
 */
class TournamentDeltasTest {
    private static final List<String> BOTS = List.of("cost-plus", "undercutter", "subsidizer", "innovator",
            "tit-for-tat", "random", "cost-plus", "undercutter");

    private static TournamentSettings settings(String format) {
        return TournamentSettings.from(new TournamentRequest("Deltas", format, "fast", 4, 4, 2, 3L, BOTS, null, null),
                PolicySettings.defaults(), () -> 1L);
    }

    /** Every view of a tournament with entrants coming and going, a Swiss draw and all its results. */
    private static List<TournamentView> views(String format) {
        TournamentSettings settings = settings(format);
        TournamentState state = new TournamentState();
        List<TournamentView> views = new ArrayList<>();
        state.apply(new TournamentEvent.Created("t", settings, 0));
        for (int i = 0; i < BOTS.size(); i++) {
            state.apply(new TournamentEvent.EntrantRegistered(Entrant.house(i + 1, BOTS.get(i)), 0));
            views.add(TournamentViews.view(state));
        }
        Entrant first = state.entrants().get(0);
        state.apply(new TournamentEvent.EntrantWithdrew(first.id(), 0));
        views.add(TournamentViews.view(state));
        state.apply(new TournamentEvent.EntrantRegistered(first, 0));
        views.add(TournamentViews.view(state));
        state.apply(new TournamentEvent.Started(1));
        state.apply(new TournamentEvent.MatchesDrawn(settings.swiss()
                ? TournamentDraw.nextRound(settings, state.entrants(), List.of(), state.leaderboard())
                : TournamentDraw.allRounds(settings, state.entrants()), 1));
        views.add(TournamentViews.view(state));
        long at = 2;
        while (state.currentRound() != 0 || state.roundsDrawn() < settings.rounds()) {
            if (state.currentRound() == 0) {
                state.apply(new TournamentEvent.MatchesDrawn(TournamentDraw.nextRound(settings, state.entrants(),
                        state.schedule(), state.leaderboard()), at++));
                views.add(TournamentViews.view(state));
            }
            for (DrawnMatch m : state.unplayed()) {
                state.apply(new TournamentEvent.MatchRecorded(m.number(), FastMatch.play(settings.match(), m), at++));
                views.add(TournamentViews.view(state));
            }
        }
        state.apply(new TournamentEvent.Finished(at));
        views.add(TournamentViews.view(state));
        return views;
    }

    @Test
    void eachDeltaTurnsOneViewIntoTheNextAndCarriesOnlyWhatChanged() {
        for (String format : List.of("round-robin", "swiss")) {
            List<TournamentView> views = views(format);
            for (int i = 1; i < views.size(); i++) {
                TournamentView before = views.get(i - 1);
                TournamentView after = views.get(i);
                TournamentDelta delta = TournamentDeltas.between(before, after);
                assertThat(delta.prev()).isEqualTo(before.seq());
                assertThat(delta.seq()).isEqualTo(after.seq());
                assertThat(delta.applyTo(before)).as("%s, change %d", format, i).isEqualTo(after);
                assertThat(delta.matches()).as("only changed matches").allSatisfy(m ->
                        assertThat(before.matches()).doesNotContain(m));
                assertThat(delta.leaderboard()).as("only changed rows").allSatisfy(row ->
                        assertThat(before.leaderboard()).doesNotContain(row));
            }
        }
    }

    @Test
    void aResultChangesOneMatchAndTheRowsThatMoved() {
        List<TournamentView> views = views("round-robin");
        TournamentView lastResult = views.get(views.size() - 2);
        TournamentDelta delta = TournamentDeltas.between(views.get(views.size() - 3), lastResult);
        assertThat(delta.matches()).hasSize(1);
        assertThat(delta.matches().get(0).status()).isEqualTo("FINISHED");
        assertThat(delta.entrants()).isEmpty();
        assertThat(delta.withdrew()).isEmpty();
        assertThat(delta.leaderboard().size()).isBetween(1, BOTS.size());
    }

    @Test
    void recentChangesGiveTheDeltasAfterASeqOrNothingWhenTheyAreNoLongerKept() {
        List<TournamentView> views = views("round-robin");
        RecentChanges recent = new RecentChanges(4);
        views.forEach(recent::next);
        TournamentView last = views.get(views.size() - 1);
        assertThat(recent.since(last.seq())).contains(List.of());
        TournamentView base = views.get(views.size() - 4);
        Optional<List<TournamentDelta>> missed = recent.since(base.seq());
        assertThat(missed).isPresent();
        TournamentView applied = base;
        for (TournamentDelta d : missed.get()) {
            applied = d.applyTo(applied);
        }
        assertThat(applied).isEqualTo(last);
        assertThat(recent.since(views.get(views.size() - 6).seq())).as("older than the 4 kept").isEmpty();
        assertThat(recent.since(0)).as("never a view's seq").isEmpty();
        assertThat(recent.next(views.get(2))).as("an older view is no change").isEmpty();
    }
}

package dev.involution.arena.tournament;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.bots.api.LeaderboardEntry;
import dev.involution.bots.api.TournamentRequest;
import dev.involution.bots.api.TournamentView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole fast tournaments played without actors, event by event as the entity persists them: the
 * schedule is fair, Swiss rounds are drawn from the standings, the ratings replay to the same
 * board, and results land in the view where they belong.
 */
class TournamentPlayTest {

    private static TournamentSettings settings(String format, int rounds, int seats, List<String> bots) {
        return TournamentSettings.from(new TournamentRequest("Test", format, "fast", rounds, seats, 4, 11L, bots,
                null, null), PolicySettings.defaults(), () -> 1L);
    }

    /** Plays the tournament to the end as the entity would, returning the state and the events. */
    private static TournamentState play(TournamentSettings settings, List<TournamentEvent> events) {
        TournamentState state = new TournamentState();
        apply(state, events, new TournamentEvent.Created("t1", settings, 0));
        for (int i = 0; i < settings.houseBots().size(); i++) {
            apply(state, events, new TournamentEvent.EntrantRegistered(Entrant.house(i + 1, settings.houseBots().get(i)), 0));
        }
        apply(state, events, new TournamentEvent.Started(1));
        apply(state, events, new TournamentEvent.MatchesDrawn(settings.swiss()
                ? TournamentDraw.nextRound(settings, state.entrants(), List.of(), state.leaderboard())
                : TournamentDraw.allRounds(settings, state.entrants()), 1));
        long at = 2;
        while (true) {
            if (state.currentRound() == 0) {
                if (state.roundsDrawn() >= settings.rounds()) {
                    apply(state, events, new TournamentEvent.Finished(at));
                    return state;
                }
                apply(state, events, new TournamentEvent.MatchesDrawn(TournamentDraw.nextRound(settings,
                        state.entrants(), state.schedule(), state.leaderboard()), at++));
            }
            for (DrawnMatch m : state.unplayed()) {
                apply(state, events, new TournamentEvent.MatchRecorded(m.number(), FastMatch.play(settings.match(), m), at++));
            }
        }
    }

    private static void apply(TournamentState state, List<TournamentEvent> events, TournamentEvent e) {
        events.add(e);
        state.apply(e);
    }

    private static List<String> bots(int n) {
        List<String> names = List.of("cost-plus", "undercutter", "subsidizer", "innovator", "tit-for-tat", "random");
        List<String> bots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            bots.add(names.get(i % names.size()));
        }
        return bots;
    }

    @Test
    void everyEntrantPlaysOnceARoundWithFillersInTheSeatsLeftOver() {
        TournamentSettings settings = settings("round-robin", 4, 4, bots(7));
        TournamentState state = play(settings, new ArrayList<>());
        assertThat(state.status()).isEqualTo(TournamentStatus.FINISHED);
        assertThat(state.schedule()).hasSize(4 * 2);
        Map<String, Integer> played = new HashMap<>();
        for (DrawnMatch m : state.schedule()) {
            assertThat(m.seats()).hasSize(4);
            assertThat(state.result(m.number())).hasSize(4);
            m.seats().stream().filter(s -> !s.filler()).forEach(s -> played.merge(s.entrantId(), 1, Integer::sum));
        }
        assertThat(played).hasSize(7).allSatisfy((id, n) -> assertThat(n).isEqualTo(4));
        assertThat(state.schedule().stream().mapToLong(m -> m.seats().stream().filter(SeatPlan::filler).count()).sum())
                .as("8 matches x 4 seats - 7 entrants x 4 rounds").isEqualTo(4);
        for (LeaderboardEntry e : state.leaderboard()) {
            assertThat(e.matches()).isEqualTo(4);
            assertThat(e.rating()).isEqualTo(e.mu() - 3 * e.sigma());
        }
    }

    @Test
    void replayingTheEventsGivesTheSameBoard() {
        TournamentSettings settings = settings("swiss", 5, 3, bots(9));
        List<TournamentEvent> events = new ArrayList<>();
        TournamentState played = play(settings, events);
        TournamentState replayed = new TournamentState();
        events.forEach(replayed::apply);
        TournamentView a = TournamentViews.view(played);
        TournamentView b = TournamentViews.view(replayed);
        assertThat(b).isEqualTo(a);
        assertThat(play(settings, new ArrayList<>()).leaderboard()).as("the same seed plays the same tournament")
                .isEqualTo(played.leaderboard());
    }

    @Test
    void swissRoundsSeatEntrantsRankedTogether() {
        TournamentSettings settings = settings("swiss", 3, 3, bots(9));
        List<TournamentEvent> events = new ArrayList<>();
        TournamentState done = play(settings, events);
        assertThat(done.roundsDrawn()).isEqualTo(3);
        // Replay up to the draw of round 2 and check it seats the top three of the board after round 1 together.
        TournamentState replay = new TournamentState();
        for (TournamentEvent e : events) {
            if (e instanceof TournamentEvent.MatchesDrawn drawn && drawn.matches().get(0).round() == 2) {
                List<String> topThree = replay.leaderboard().subList(0, 3).stream().map(LeaderboardEntry::entrantId).toList();
                List<String> firstTable = drawn.matches().get(0).seats().stream().map(SeatPlan::entrantId).toList();
                assertThat(firstTable).containsExactlyInAnyOrderElementsOf(topThree);
                return;
            }
            replay.apply(e);
        }
        throw new AssertionError("round 2 was never drawn");
    }

    @Test
    void onEverySeedTheRatingsRankTheStrategiesAsTheirMeanScoresDo() {
        List<String> strategies = bots(6);
        List<String> twoEach = new ArrayList<>(strategies);
        twoEach.addAll(strategies);
        for (long seed = 1; seed <= 6; seed++) {
            TournamentSettings settings = TournamentSettings.from(new TournamentRequest("T", "round-robin", "fast", 10, 6,
                    4, seed, twoEach, null, null), PolicySettings.defaults(), () -> 1L);
            TournamentState state = play(settings, new ArrayList<>());
            Map<String, double[]> byStrategy = new HashMap<>();
            for (LeaderboardEntry e : state.leaderboard()) {
                double[] sums = byStrategy.computeIfAbsent(e.name().replaceAll(" #\\d+$", ""), k -> new double[2]);
                sums[0] += e.rating();
                sums[1] += e.meanScore();
            }
            List<String> byRating = new ArrayList<>(strategies);
            byRating.sort((a, b) -> Double.compare(byStrategy.get(b)[0], byStrategy.get(a)[0]));
            List<String> byScore = new ArrayList<>(strategies);
            byScore.sort((a, b) -> Double.compare(byStrategy.get(b)[1], byStrategy.get(a)[1]));
            assertThat(RankCorrelation.spearman(byRating, byScore)).as("seed %d: by rating %s, by score %s", seed,
                    byRating, byScore).isGreaterThanOrEqualTo(0.8);
        }
    }

    @Test
    void matchNamesFitAMatchName() {
        DrawnMatch m = new DrawnMatch(12, 3, 1, List.of());
        assertThat(LiveMatches.matchName("x".repeat(64), m)).hasSize(64).endsWith("round 3, match 12");
        assertThat(LiveMatches.matchName("Cup", m)).isEqualTo("Cup · round 3, match 12");
    }
}

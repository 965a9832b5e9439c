package dev.involution.arena.tournament;

import dev.involution.arena.engine.SeededRandom;
import dev.involution.arena.engine.tournament.Seating;
import dev.involution.arena.engine.tournament.Table;
import dev.involution.bots.api.LeaderboardEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the engine's seating into scheduled matches: entrants are numbered in registration order,
 * each table becomes a match with its seats in firm order (house entrants, then fillers, then
 * players) and a seed derived from the tournament's seed and the match number.
 */
final class TournamentDraw {
    private TournamentDraw() {
    }

    /** Round-robin: every round, drawn at the start. */
    static List<DrawnMatch> allRounds(TournamentSettings settings, List<Entrant> entrants) {
        List<List<Table>> rounds = Seating.roundRobin(entrants.size(), settings.seatsPerMatch(), settings.rounds(),
                settings.seed());
        List<DrawnMatch> matches = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            for (Table table : rounds.get(r)) {
                matches.add(match(settings, entrants, matches.size() + 1, r + 1, table));
            }
        }
        return matches;
    }

    /**
     * Swiss: the next round, tables of entrants ranked close together on the leaderboard; the first
     * round, before anyone has a result, is a random draw from the seed.
     */
    static List<DrawnMatch> nextRound(TournamentSettings settings, List<Entrant> entrants, List<DrawnMatch> drawn,
                                      List<LeaderboardEntry> board) {
        Map<String, Integer> index = indexOf(entrants);
        List<Integer> ranked = new ArrayList<>();
        for (LeaderboardEntry e : board) {
            Integer i = index.get(e.entrantId());
            if (i != null) {
                ranked.add(i);
            }
        }
        int round = drawn.stream().mapToInt(DrawnMatch::round).max().orElse(0) + 1;
        int[][] meetings = Seating.meetings(entrants.size(), asTables(drawn, index));
        List<Table> tables = round == 1
                ? Seating.roundRobin(entrants.size(), settings.seatsPerMatch(), 1, settings.seed()).get(0)
                : Seating.swiss(ranked, settings.seatsPerMatch(), meetings, settings.seed(), round);
        List<DrawnMatch> matches = new ArrayList<>();
        for (Table table : tables) {
            matches.add(match(settings, entrants, drawn.size() + matches.size() + 1, round, table));
        }
        return matches;
    }

    private static Map<String, Integer> indexOf(List<Entrant> entrants) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entrants.size(); i++) {
            index.put(entrants.get(i).id(), i);
        }
        return index;
    }

    /** The drawn matches by round, each as the table of its entrants' numbers. */
    private static List<List<Table>> asTables(List<DrawnMatch> drawn, Map<String, Integer> index) {
        List<List<Table>> rounds = new ArrayList<>();
        for (DrawnMatch m : drawn) {
            while (rounds.size() < m.round()) {
                rounds.add(new ArrayList<>());
            }
            List<Integer> seated = new ArrayList<>();
            int fillers = 0;
            for (SeatPlan seat : m.seats()) {
                if (seat.filler()) {
                    fillers++;
                } else {
                    seated.add(index.get(seat.entrantId()));
                }
            }
            rounds.get(m.round() - 1).add(new Table(seated, fillers));
        }
        return rounds;
    }

    private static DrawnMatch match(TournamentSettings settings, List<Entrant> entrants, int number, int round,
                                    Table table) {
        List<SeatPlan> houses = new ArrayList<>();
        List<SeatPlan> players = new ArrayList<>();
        for (int i : table.entrants()) {
            Entrant e = entrants.get(i);
            (e.house() ? houses : players).add(new SeatPlan(e.id(), e.name(), e.strategy()));
        }
        List<String> fillers = settings.fillers();
        for (int k = 0; k < table.fillers(); k++) {
            String strategy = fillers.get((int) (((long) (number - 1) * settings.seatsPerMatch() + k) % fillers.size()));
            houses.add(new SeatPlan(null, strategy + " (filler " + (k + 1) + ")", strategy));
        }
        houses.addAll(players);
        return new DrawnMatch(number, round, matchSeed(settings.seed(), number), houses);
    }

    /** The seeds fit in 53 bits, so a JSON number keeps them exact in JavaScript too. */
    private static final long SEED_BITS = (1L << 53) - 1;

    /** Every match its own reproducible seed, drawn from the tournament's by the match number. */
    static long matchSeed(long seed, int number) {
        return SeededRandom.derive(seed, number) & SEED_BITS;
    }
}

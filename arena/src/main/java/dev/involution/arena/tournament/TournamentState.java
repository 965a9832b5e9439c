package dev.involution.arena.tournament;

import dev.involution.bots.api.LeaderboardEntry;
import dev.involution.bots.api.TournamentMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A tournament rebuilt from its events: settings, entrants, the schedule with each match's arena id
 * and result, and the leaderboard (updated as each result is recorded, in journal order, so a
 * replay gives the same ratings). The event handler's state; it changes only in {@link #apply}.
 */
public final class TournamentState {
    private String tournamentId;
    private TournamentSettings settings;
    private TournamentStatus status = TournamentStatus.OPEN;
    private long createdAt;
    private long seq;
    private final Map<String, Entrant> entrants = new LinkedHashMap<>();
    private final Map<Integer, DrawnMatch> schedule = new TreeMap<>();
    private final Map<Integer, String> matchIds = new TreeMap<>();
    private final Map<Integer, Long> openedAt = new TreeMap<>();
    private final Set<Integer> started = new HashSet<>();
    private final Map<Integer, List<SeatResult>> results = new TreeMap<>();
    private final Map<Integer, Long> recordedAt = new TreeMap<>();
    private final Leaderboard leaderboard = new Leaderboard();
    /** Each match's part of the view, built once and dropped when an event changes that match. */
    private final Map<Integer, TournamentMatch> matchViews = new HashMap<>();

    public TournamentState apply(TournamentEvent event) {
        seq++;
        if (event instanceof TournamentEvent.Created e) {
            tournamentId = e.tournamentId();
            settings = e.settings();
            createdAt = e.at();
        } else if (event instanceof TournamentEvent.EntrantRegistered e) {
            matchViews.clear();
            entrants.put(e.entrant().id(), e.entrant());
            leaderboard.enter(e.entrant().id(), e.entrant().name(), kind(e.entrant()));
        } else if (event instanceof TournamentEvent.EntrantWithdrew e) {
            matchViews.clear();
            entrants.remove(e.entrantId());
            leaderboard.leave(e.entrantId());
        } else if (event instanceof TournamentEvent.Started || event instanceof TournamentEvent.Resumed) {
            status = TournamentStatus.RUNNING;
        } else if (event instanceof TournamentEvent.Paused) {
            status = TournamentStatus.PAUSED;
        } else if (event instanceof TournamentEvent.Stopped) {
            status = TournamentStatus.STOPPING;
            matchViews.clear();
        } else if (event instanceof TournamentEvent.Finished) {
            status = TournamentStatus.FINISHED;
        } else if (event instanceof TournamentEvent.MatchesDrawn e) {
            e.matches().forEach(m -> schedule.put(m.number(), m));
        } else if (event instanceof TournamentEvent.MatchOpened e) {
            matchViews.remove(e.number());
            matchIds.put(e.number(), e.matchId());
            openedAt.put(e.number(), e.at());
        } else if (event instanceof TournamentEvent.MatchStarted e) {
            matchViews.remove(e.number());
            started.add(e.number());
        } else if (event instanceof TournamentEvent.MatchRecorded e) {
            matchViews.remove(e.number());
            results.put(e.number(), List.copyOf(e.results()));
            recordedAt.put(e.number(), e.at());
            leaderboard.record(placings(schedule.get(e.number()), e.results()));
        }
        return this;
    }

    /** The rated seats of a played match: its entrants' (fillers are not rated), with their places among all seats. */
    List<Placing> placings(DrawnMatch match, List<SeatResult> seatResults) {
        List<Placing> placings = new ArrayList<>();
        for (SeatResult r : seatResults) {
            SeatPlan seat = match.seats().get(r.firmId());
            if (!seat.filler()) {
                Entrant entrant = entrants.get(seat.entrantId());
                placings.add(new Placing(seat.entrantId(), seat.name(),
                        entrant != null ? kind(entrant) : "player", r.rank(), r.score()));
            }
        }
        return placings;
    }

    static String kind(Entrant entrant) {
        return entrant.house() ? "house" : "player";
    }

    public boolean created() {
        return settings != null;
    }

    public String tournamentId() {
        return tournamentId;
    }

    public TournamentSettings settings() {
        return settings;
    }

    public TournamentStatus status() {
        return status;
    }

    public long createdAt() {
        return createdAt;
    }

    /** How many events the tournament has: its change number, which views and the stream carry. */
    public long seq() {
        return seq;
    }

    public List<Entrant> entrants() {
        return List.copyOf(entrants.values());
    }

    public Entrant entrant(String id) {
        return entrants.get(id);
    }

    public List<DrawnMatch> schedule() {
        return List.copyOf(schedule.values());
    }

    public String matchId(int number) {
        return matchIds.get(number);
    }

    /**
     * When a live match starts by itself: its opening plus the start delay (epoch ms); 0 while it is
     * not opened, or when the tournament has no start delay (it is started as soon as it is opened).
     */
    public long startAt(int number) {
        Long opened = openedAt.get(number);
        return opened == null || settings.startDelayMillis() <= 0 ? 0 : opened + settings.startDelayMillis();
    }

    /** Whether a live match is under way (created, seated and started), so players can open it. */
    public boolean started(int number) {
        return started.contains(number);
    }

    public List<SeatResult> result(int number) {
        return results.get(number);
    }

    public long recordedAt(int number) {
        return recordedAt.getOrDefault(number, 0L);
    }

    public boolean recorded(int number) {
        return results.containsKey(number);
    }

    public int matchesPlayed() {
        return results.size();
    }

    /** The last round drawn so far (0 before the start). */
    public int roundsDrawn() {
        return schedule.values().stream().mapToInt(DrawnMatch::round).max().orElse(0);
    }

    /** Whether a match is under way or about to be: opened (live) but not yet recorded. */
    public boolean inPlay(int number) {
        return matchIds.containsKey(number) && !recorded(number);
    }

    /** The earliest round with a match not yet played; 0 when every drawn match is played. */
    public int currentRound() {
        for (DrawnMatch m : schedule.values()) {
            if (!recorded(m.number())) {
                return m.round();
            }
        }
        return 0;
    }

    /** The matches of the current round not yet played, in schedule order. */
    public List<DrawnMatch> unplayed() {
        int round = currentRound();
        return schedule.values().stream().filter(m -> m.round() == round && !recorded(m.number())).toList();
    }

    /**
     * A match's part of the public view: built by {@code build} the first time, then kept until an
     * event changes the match, so the view after each event costs only what changed.
     */
    TournamentMatch matchView(int number, Supplier<TournamentMatch> build) {
        return matchViews.computeIfAbsent(number, n -> build.get());
    }

    public List<LeaderboardEntry> leaderboard() {
        return leaderboard.entries();
    }
}

package dev.involution.arena.ladder;

import dev.involution.arena.engine.ladder.Matchmaking;
import dev.involution.arena.engine.rating.SkillRating;
import dev.involution.arena.tournament.Leaderboard;
import dev.involution.arena.tournament.Placing;
import dev.involution.bots.api.RatingPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ladder rebuilt from its events: its members, the matches being played, every recorded match
 * and the ratings they produced (Weng-Lin, as tournaments rate), with each entrant's rating after
 * every match. Deterministic: the same events give the same standings and history.
 */
final class LadderState {

    /** A player on the ladder (or who was). */
    static final class Member {
        final String id;
        String name;
        boolean onLadder;
        boolean paused;
        int misses;
        /** Since when it waits, if it waits: when it joined, or when its last match was opened or recorded. */
        long since;

        Member(String id) {
            this.id = id;
        }
    }

    /** A recorded match: how it was opened and its result by firm. */
    record Recorded(LadderEvent.MatchOpened match, List<LadderEvent.Result> results, long at) {
    }

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, LadderEvent.MatchOpened> playing = new LinkedHashMap<>();
    private final List<Recorded> recorded = new ArrayList<>();
    private final Leaderboard board = new Leaderboard();
    private final Map<String, List<RatingPoint>> history = new HashMap<>();

    LadderState apply(LadderEvent event) {
        if (event instanceof LadderEvent.Joined e) {
            Member m = members.computeIfAbsent(e.playerId(), Member::new);
            m.name = e.name();
            m.onLadder = true;
            m.paused = false;
            m.misses = 0;
            m.since = e.at();
            board.enter(e.playerId(), e.name(), "player");
        } else if (event instanceof LadderEvent.Left e) {
            members.get(e.playerId()).onLadder = false;
        } else if (event instanceof LadderEvent.Paused e) {
            members.get(e.playerId()).paused = true;
        } else if (event instanceof LadderEvent.MatchOpened e) {
            playing.put(e.matchId(), e);
            for (LadderEvent.Seat seat : e.seats()) {
                Member m = members.get(seat.entrantId());
                if (m != null) {
                    m.since = e.at();
                }
            }
        } else if (event instanceof LadderEvent.MatchRecorded e) {
            LadderEvent.MatchOpened match = playing.remove(e.matchId());
            if (match != null) {
                record(match, e);
            }
        }
        return this;
    }

    private void record(LadderEvent.MatchOpened match, LadderEvent.MatchRecorded e) {
        recorded.add(new Recorded(match, List.copyOf(e.results()), e.at()));
        List<Placing> placings = new ArrayList<>();
        for (LadderEvent.Result r : e.results()) {
            LadderEvent.Seat seat = match.seats().get(r.firmId());
            placings.add(new Placing(seat.entrantId(), seat.name(), seat.house() ? "house" : "player",
                    place(r, e.results()), r.score()));
            Member m = members.get(seat.entrantId());
            if (m != null) {
                m.misses = r.acted() ? 0 : m.misses + 1;
                m.since = e.at();
            }
        }
        board.record(placings);
        for (LadderEvent.Result r : e.results()) {
            String id = match.seats().get(r.firmId()).entrantId();
            SkillRating rating = board.rating(id);
            history.computeIfAbsent(id, k -> new ArrayList<>()).add(new RatingPoint(e.at(), match.matchId(),
                    place(r, e.results()),
                    rating.mu(), rating.sigma(), rating.ordinal()));
        }
    }

    /**
     * The place the ratings count: the match's rank, shared by firms that ended alike (both active,
     * or both bankrupt, with the same final cash), so a tie is rated as a tie, not by seat order.
     */
    static int place(LadderEvent.Result r, List<LadderEvent.Result> all) {
        int place = r.rank();
        for (LadderEvent.Result other : all) {
            if (other.bankrupt() == r.bankrupt() && other.score() == r.score()) {
                place = Math.min(place, other.rank());
            }
        }
        return place;
    }

    // ---- reading -------------------------------------------------------------------------

    Member member(String playerId) {
        return members.get(playerId);
    }

    List<Member> members() {
        return List.copyOf(members.values());
    }

    /** The matches being played, oldest first. */
    List<LadderEvent.MatchOpened> playing() {
        return List.copyOf(playing.values());
    }

    LadderEvent.MatchOpened playing(String matchId) {
        return playing.get(matchId);
    }

    List<Recorded> recorded() {
        return recorded;
    }

    /** How many of the matches being played hold a seat of {@code entrantId}. */
    int inPlay(String entrantId) {
        int n = 0;
        for (LadderEvent.MatchOpened m : playing.values()) {
            for (LadderEvent.Seat seat : m.seats()) {
                if (seat.entrantId().equals(entrantId)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether the member waits for a match: on the ladder, not paused, in fewer matches than it may play at once. */
    boolean waits(Member m, int matchesPerPlayer) {
        return m.onLadder && !m.paused && inPlay(m.id) < matchesPerPlayer;
    }

    /** The members waiting for a match, with their ratings, for the matchmaker. */
    List<Matchmaking.Waiting> waiting(int matchesPerPlayer) {
        List<Matchmaking.Waiting> out = new ArrayList<>();
        for (Member m : members.values()) {
            if (waits(m, matchesPerPlayer)) {
                out.add(new Matchmaking.Waiting(m.id, board.rating(m.id).ordinal(), m.since));
            }
        }
        return out;
    }

    Leaderboard board() {
        return board;
    }

    List<RatingPoint> history(String entrantId) {
        return history.getOrDefault(entrantId, List.of());
    }

    boolean knows(String entrantId) {
        return history.containsKey(entrantId) || members.containsKey(entrantId);
    }
}

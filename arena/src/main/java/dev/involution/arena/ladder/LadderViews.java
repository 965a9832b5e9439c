package dev.involution.arena.ladder;

import dev.involution.bots.api.LadderMatch;
import dev.involution.bots.api.LadderMember;
import dev.involution.bots.api.LadderPlayer;
import dev.involution.bots.api.LadderSeat;
import dev.involution.bots.api.LadderView;
import dev.involution.bots.api.LeaderboardEntry;
import dev.involution.bots.api.NextMatch;
import java.util.ArrayList;
import java.util.List;

/** The ladder as the public API shows it. */
final class LadderViews {
    static final int RECENT = 20;

    private LadderViews() {
    }

    static LadderView view(LadderState state, LadderSettings settings) {
        int members = 0;
        int waiting = 0;
        int paused = 0;
        for (LadderState.Member m : state.members()) {
            if (m.onLadder) {
                members++;
                paused += m.paused ? 1 : 0;
                waiting += state.waits(m, settings.matchesPerPlayer()) ? 1 : 0;
            }
        }
        List<LadderMatch> playing = state.playing().stream().map(LadderViews::playing).toList();
        return new LadderView(settings.view(), members, waiting, paused, state.recorded().size(), playing,
                state.board().entries(), recent(state, RECENT, null));
    }

    /** The last {@code limit} recorded matches, newest first; only those of {@code entrantId} unless null. */
    static List<LadderMatch> recent(LadderState state, int limit, String entrantId) {
        List<LadderMatch> out = new ArrayList<>();
        List<LadderState.Recorded> all = state.recorded();
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
            LadderState.Recorded r = all.get(i);
            if (entrantId == null || r.match().seats().stream().anyMatch(s -> s.entrantId().equals(entrantId))) {
                out.add(recorded(r));
            }
        }
        return out;
    }

    static LadderMember member(LadderState state, LadderSettings settings, LadderState.Member m) {
        int inPlay = state.inPlay(m.id);
        boolean waits = state.waits(m, settings.matchesPerPlayer());
        String status = !m.onLadder ? "left" : m.paused ? "paused" : waits ? "waiting" : "playing";
        return new LadderMember(m.id, m.name, status, m.misses, inPlay, waits ? m.since : 0, standing(state, m.id));
    }

    static LadderPlayer player(LadderState state, String entrantId) {
        LeaderboardEntry standing = standing(state, entrantId);
        return new LadderPlayer(entrantId, standing == null ? entrantId : standing.name(),
                standing == null ? "player" : standing.kind(), standing, state.history(entrantId),
                recent(state, RECENT, entrantId));
    }

    private static LeaderboardEntry standing(LadderState state, String id) {
        return state.board().entries().stream().filter(e -> e.entrantId().equals(id)).findFirst().orElse(null);
    }

    /** The player's ladder matches being played, for its "next match" feed. */
    static List<NextMatch> playerMatches(LadderState state, LadderSettings settings, String playerId, long now) {
        List<NextMatch> out = new ArrayList<>();
        for (LadderEvent.MatchOpened m : state.playing()) {
            for (int firmId = 0; firmId < m.seats().size(); firmId++) {
                if (m.seats().get(firmId).entrantId().equals(playerId)) {
                    out.add(new NextMatch("ladder", null, 0, m.matchId(), m.startAt() > now ? "OPEN" : "RUNNING",
                            m.startAt(), firmId, settings.lockstep()));
                }
            }
        }
        return out;
    }

    private static LadderMatch playing(LadderEvent.MatchOpened m) {
        List<LadderSeat> seats = new ArrayList<>();
        for (int i = 0; i < m.seats().size(); i++) {
            LadderEvent.Seat s = m.seats().get(i);
            seats.add(new LadderSeat(i, s.entrantId(), s.name(), s.house() ? "house" : "player", s.strategy(), 0, 0,
                    null, false));
        }
        return new LadderMatch(m.matchId(), "PLAYING", m.at(), m.startAt(), 0, seats);
    }

    private static LadderMatch recorded(LadderState.Recorded r) {
        List<LadderSeat> seats = new ArrayList<>();
        for (LadderEvent.Result result : r.results()) {
            LadderEvent.Seat s = r.match().seats().get(result.firmId());
            seats.add(new LadderSeat(result.firmId(), s.entrantId(), s.name(), s.house() ? "house" : "player",
                    s.strategy(), result.rank(), result.score(), result.bankrupt() ? "BANKRUPT" : "ACTIVE",
                    result.acted()));
        }
        return new LadderMatch(r.match().matchId(), "FINISHED", r.match().at(), r.match().startAt(), r.at(), seats);
    }
}

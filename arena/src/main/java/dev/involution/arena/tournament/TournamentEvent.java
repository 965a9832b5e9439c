package dev.involution.arena.tournament;

import dev.involution.arena.CborSerializable;
import java.util.List;

/** What happened to a tournament, persisted in its journal; {@code at} is epoch ms. */
public sealed interface TournamentEvent extends CborSerializable {

    long at();

    record Created(String tournamentId, TournamentSettings settings, long at) implements TournamentEvent {
    }

    record EntrantRegistered(Entrant entrant, long at) implements TournamentEvent {
    }

    record EntrantWithdrew(String entrantId, long at) implements TournamentEvent {
    }

    record Started(long at) implements TournamentEvent {
    }

    /** Matches added to the schedule: every round at the start (round-robin) or the next round (Swiss). */
    record MatchesDrawn(List<DrawnMatch> matches, long at) implements TournamentEvent {
    }

    /** A live match was given its arena match id, before the match is created, so a restart finds it again. */
    record MatchOpened(int number, String matchId, long at) implements TournamentEvent {
    }

    /** A live match has been created with its seats taken and started: players can open it. */
    record MatchStarted(int number, long at) implements TournamentEvent {
    }

    /** A match's result, one entry per seat in firm order. */
    record MatchRecorded(int number, List<SeatResult> results, long at) implements TournamentEvent {
    }

    record Paused(long at) implements TournamentEvent {
    }

    record Resumed(long at) implements TournamentEvent {
    }

    /** The admin ended the tournament early: the matches not yet started are cancelled. */
    record Stopped(long at) implements TournamentEvent {
    }

    record Finished(long at) implements TournamentEvent {
    }
}

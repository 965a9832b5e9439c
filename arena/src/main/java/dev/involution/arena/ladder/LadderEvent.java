package dev.involution.arena.ladder;

import dev.involution.arena.CborSerializable;
import java.util.List;

/** What happened on the ladder, in order; {@code at} is epoch ms. */
public sealed interface LadderEvent extends CborSerializable {

    /** A player joined the ladder, or came back after leaving or being paused. */
    record Joined(String playerId, String name, long at) implements LadderEvent {
    }

    record Left(String playerId, long at) implements LadderEvent {
    }

    /**
     * A match was drawn and is about to be created: its id, its seed, when it starts by itself and
     * its seats in firm order (house bots first, then the players).
     */
    record MatchOpened(String matchId, long seed, long startAt, List<Seat> seats, long at) implements LadderEvent {
    }

    /** A finished match's result, by firm. */
    record MatchRecorded(String matchId, List<Result> results, long at) implements LadderEvent {
    }

    /** The no-show rule paused a player after {@code misses} matches in a row in which it never acted. */
    record Paused(String playerId, int misses, long at) implements LadderEvent {
    }

    /** A seat: the entrant ({@code house:<strategy>} for a house bot), its name and its strategy (null for a player). */
    record Seat(String entrantId, String name, String strategy) {
        public boolean house() {
            return strategy != null;
        }
    }

    /** A firm's result: its place (1 wins), final cash, whether it went bankrupt, and whether it ever acted. */
    record Result(int firmId, int rank, long score, boolean bankrupt, boolean acted) {
    }
}

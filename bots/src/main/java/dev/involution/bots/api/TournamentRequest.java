package dev.involution.bots.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What an admin sends to create a tournament; every field is optional. {@code format} is
 * {@code round-robin} (all rounds drawn at the start, opponents mixed) or {@code swiss} (each round
 * drawn from the ratings so far); {@code mode} is {@code live} (real matches on the clock that
 * players join) or {@code fast} (house bots only, matches played in fast-forward). Every entrant
 * plays exactly one match per tournament round; {@code seatsPerMatch} seats per match, house bots
 * named in {@code fillers} take the seats left over. {@code houseBots} registers house-bot entrants
 * by strategy name; players register themselves. {@code match} sets the matches' economics and
 * clock (its {@code seats}, {@code houseBots} and {@code seed} are set by the tournament).
 * {@code startDelayMillis} is how long a live match waits between being drawn open and its start,
 * so every bot sees it coming (it starts earlier once every player seated in it is ready). Fields
 * left out are not written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TournamentRequest(String name,
                                String format,
                                String mode,
                                Integer rounds,
                                Integer seatsPerMatch,
                                Integer parallelMatches,
                                Long seed,
                                List<String> houseBots,
                                List<String> fillers,
                                MatchConfigRequest match,
                                Long startDelayMillis) {

    /** A request without a start delay of its own (the default applies). */
    public TournamentRequest(String name, String format, String mode, Integer rounds, Integer seatsPerMatch,
                             Integer parallelMatches, Long seed, List<String> houseBots, List<String> fillers,
                             MatchConfigRequest match) {
        this(name, format, mode, rounds, seatsPerMatch, parallelMatches, seed, houseBots, fillers, match, null);
    }
}

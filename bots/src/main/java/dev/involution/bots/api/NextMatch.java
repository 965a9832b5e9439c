package dev.involution.bots.api;

/**
 * A match a player is seated in (or drawn for) that has not finished: where it comes from
 * ({@code source}: {@code tournament} or {@code ladder}, with the tournament's id and round), its
 * match id (null while only drawn), its {@code status} ({@code SCHEDULED}: drawn, not yet created;
 * {@code OPEN}: created, starting at {@code startAt}; {@code RUNNING}), when it starts
 * ({@code startAt}, epoch ms; 0 when not known yet or started by an admin), the player's firm in it
 * (null while only drawn) and whether its rounds are in lockstep.
 */
public record NextMatch(String source,
                        String tournamentId,
                        int round,
                        String matchId,
                        String status,
                        long startAt,
                        Integer firmId,
                        boolean lockstep) {
}

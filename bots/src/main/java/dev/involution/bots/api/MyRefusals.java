package dev.involution.bots.api;

import java.util.List;

/** A player's last refusals in a match (up to 100, oldest first); a restart of the arena clears them. */
public record MyRefusals(String matchId, List<RefusalEntry> refusals) {
}

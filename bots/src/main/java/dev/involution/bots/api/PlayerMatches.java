package dev.involution.bots.api;

import java.util.List;

/**
 * "Your next match": every match a player is seated in or drawn for that has not finished, in
 * tournaments and on the ladder, the soonest first (running ones, then by start time), as of
 * {@code at} (epoch ms). {@code next} is the first of them, or null.
 */
public record PlayerMatches(String playerId, long at, NextMatch next, List<NextMatch> matches) {
}

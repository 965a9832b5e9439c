package dev.involution.bots.api;

import java.util.Map;

/**
 * One refusal of a player's request in a match: when (epoch ms), in which round, which request
 * ({@code POST orders}, {@code PUT decisions}, {@code DELETE orders/{id}}, {@code POST ready}) and
 * the problem the player was answered with (type, title, status, detail, code, field, numbers).
 */
public record RefusalEntry(long at, int round, String request, Map<String, Object> problem) {
}

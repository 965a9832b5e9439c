package dev.involution.bots.api;

import java.util.List;

/**
 * Who is connected to a match's stream on the answering server: all open connections, and the
 * players among them who identified themselves with their token (a {@code hello} message).
 *
 * @param connections open stream connections
 * @param anonymous   connections that did not identify a player (spectators, bots, projectors)
 * @param players     identified players, one line per player with its number of connections
 */
public record MatchConnections(String matchId, int connections, int anonymous, List<ConnectedPlayer> players) {

    /** A connected player: its seat ({@code firmId}, null without one) and the name shown for it. */
    public record ConnectedPlayer(String playerId, String name, Integer firmId, int connections) {
    }
}

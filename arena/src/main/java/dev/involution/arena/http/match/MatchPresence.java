package dev.involution.arena.http.match;

import dev.involution.bots.api.MatchConnections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who is connected to each match's stream on this server: every open connection, and for the
 * connections whose client identified itself with a player token, that player. Nothing of it is
 * persisted; it is what this node sees right now (a multi-node cluster would have to ask every node).
 */
final class MatchPresence {

    /** A player behind a connection: its id, the name shown for it and its seat (null without one). */
    record Viewer(String playerId, String name, Integer firmId) {
    }

    /** One open connection; {@code viewer} is empty until (and unless) its client identifies itself. */
    private record Connection(String matchId, Optional<Viewer> viewer) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Connection> connections = new ConcurrentHashMap<>();

    /** A fresh id for a connection that is about to open. */
    long newId() {
        return ids.incrementAndGet();
    }

    void opened(long id, String matchId) {
        connections.put(id, new Connection(matchId, Optional.empty()));
    }

    /** Records who is behind an open connection; ignored once the connection is closed. */
    void identified(long id, Viewer viewer) {
        connections.computeIfPresent(id, (key, c) -> new Connection(c.matchId(), Optional.of(viewer)));
    }

    void closed(long id) {
        connections.remove(id);
    }

    MatchConnections of(String matchId) {
        int total = 0;
        int anonymous = 0;
        Map<String, List<Viewer>> byPlayer = new TreeMap<>();
        for (Connection c : connections.values()) {
            if (!c.matchId().equals(matchId)) {
                continue;
            }
            total++;
            if (c.viewer().isPresent()) {
                Viewer v = c.viewer().get();
                byPlayer.computeIfAbsent(v.playerId(), k -> new ArrayList<>()).add(v);
            } else {
                anonymous++;
            }
        }
        List<MatchConnections.ConnectedPlayer> players = new ArrayList<>();
        byPlayer.forEach((playerId, views) -> {
            Viewer last = views.get(views.size() - 1);
            players.add(new MatchConnections.ConnectedPlayer(playerId, last.name(), last.firmId(), views.size()));
        });
        players.sort(Comparator.comparing(
                        (MatchConnections.ConnectedPlayer p) -> p.firmId() == null ? Integer.MAX_VALUE : p.firmId())
                .thenComparing(MatchConnections.ConnectedPlayer::name));
        return new MatchConnections(matchId, total, anonymous, players);
    }
}

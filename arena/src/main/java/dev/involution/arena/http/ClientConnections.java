package dev.involution.arena.http;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open connections by client address, at most {@code maxPerClient} each. A connection holds a
 * {@link Lease} from its first request until it closes; a WebSocket takes over the lease of the
 * connection it was upgraded from and returns it when the socket closes.
 */
public final class ClientConnections {

    private final int maxPerClient;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    public ClientConnections(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    public int maxPerClient() {
        return maxPerClient;
    }

    /** The 429 for a client at its limit, to retry after a second ({@code now}: the answer's time). */
    public Problem refusal(Instant now) {
        return Problem.tooManyRequests(now.plusSeconds(1), "this address already holds " + maxPerClient
                        + " open connections; close some before opening more")
                .with("rule", "connections-per-client")
                .with("limit", maxPerClient);
    }

    /** A lease for one more connection of {@code client}, empty when it already holds the most. */
    public Optional<Lease> tryOpen(String client) {
        boolean[] granted = {false};
        open.compute(client, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maxPerClient) {
                return count;
            }
            granted[0] = true;
            return current + 1;
        });
        return granted[0] ? Optional.of(new Lease(client)) : Optional.empty();
    }

    /** Connections {@code client} holds now. */
    public int openBy(String client) {
        return open.getOrDefault(client, 0);
    }

    /** Addresses with at least one open connection. */
    int clients() {
        return open.size();
    }

    private void release(String client) {
        open.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    /**
     * One open connection of a client, held by the HTTP connection until a WebSocket takes it over;
     * released once. If the HTTP connection ends before the socket has started, the lease is
     * released then and the socket goes uncounted rather than counted forever.
     */
    public final class Lease {
        private static final int HTTP = 0;
        private static final int SOCKET = 1;
        private static final int RELEASED = 2;

        private final String client;
        private final AtomicInteger holder = new AtomicInteger(HTTP);

        private Lease(String client) {
            this.client = client;
        }

        public String client() {
            return client;
        }

        /** The WebSocket of the upgraded connection takes the lease; false if it was already released. */
        public boolean takeOver() {
            return holder.compareAndSet(HTTP, SOCKET);
        }

        /** Released by the HTTP connection as it ends, unless a WebSocket has taken it over. */
        public void releaseByConnection() {
            if (holder.compareAndSet(HTTP, RELEASED)) {
                ClientConnections.this.release(client);
            }
        }

        /** Released by the WebSocket that took it over, as the socket ends. */
        public void releaseBySocket() {
            if (holder.compareAndSet(SOCKET, RELEASED)) {
                ClientConnections.this.release(client);
            }
        }
    }
}

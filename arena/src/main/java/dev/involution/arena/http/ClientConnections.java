package dev.involution.arena.http;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

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

    /** One open connection of a client; released once, by whoever holds it last. */
    public final class Lease {
        private final String client;
        private final AtomicBoolean released = new AtomicBoolean();
        private final AtomicBoolean handedOver = new AtomicBoolean();

        private Lease(String client) {
            this.client = client;
        }

        public String client() {
            return client;
        }

        /** Gives the lease to a new holder (the WebSocket of an upgraded connection); false if already given. */
        public boolean handOver() {
            return handedOver.compareAndSet(false, true);
        }

        public boolean handedOver() {
            return handedOver.get();
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                ClientConnections.this.release(client);
            }
        }
    }
}

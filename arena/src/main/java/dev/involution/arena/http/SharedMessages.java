package dev.involution.arena.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recent stream messages ({@code M}) by key (an entity's id and a change's {@code seq}),
 * at most {@code capacity} of them: each is written once and the same immutable message goes to
 * every subscriber on this node. Safe from any thread. A message is written outside the map's lock, so
 * that the feeds of different matches never wait for each other's JSON (two threads that want the
 * same new message at once may both write it; the first one kept is the one every caller gets).
 */
public final class SharedMessages<M> {
    private final Map<String, M> messages;

    public SharedMessages(int capacity) {
        this.messages = Collections.synchronizedMap(new LinkedHashMap<>(capacity * 2, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, M> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The message kept under {@code key}, written by {@code write} the first time. */
    public M get(String key, Supplier<M> write) {
        M kept = messages.get(key);
        if (kept != null) {
            return kept;
        }
        M written = write.get();
        M earlier = messages.putIfAbsent(key, written);
        return earlier != null ? earlier : written;
    }
}

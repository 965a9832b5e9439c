package dev.involution.arena.http;

import akka.http.javadsl.model.ws.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recent stream messages by key (an entity's id and a change's {@code seq}), at most
 * {@code capacity} of them: each is written once and the same immutable message goes to every
 * subscriber on this node. Safe from any thread.
 */
public final class SharedMessages {
    private final Map<String, Message> messages;

    public SharedMessages(int capacity) {
        this.messages = Collections.synchronizedMap(new LinkedHashMap<>(capacity * 2, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Message> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The message kept under {@code key}, written by {@code write} the first time. */
    public Message get(String key, Supplier<Message> write) {
        return messages.computeIfAbsent(key, k -> write.get());
    }
}

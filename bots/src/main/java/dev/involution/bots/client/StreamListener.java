package dev.involution.bots.client;

import dev.involution.bots.api.stream.StreamMessage;

/**
 * Receives a match's stream from a {@link MatchFollower}: every message in order, each event exactly
 * once, always on the follower's own delivery thread (one call at a time). An exception thrown
 * here stops the follower; {@link MatchFollower#done()} then completes with it.
 */
@FunctionalInterface
public interface StreamListener {

    void onMessage(StreamMessage message) throws Exception;

    /** The connection was lost (or found idle); the follower reconnects from the next sequence number. */
    default void onDisconnected(Throwable cause) {
    }
}

package dev.involution.arena.http;

import java.time.Duration;

/**
 * The close codes and reasons the arena's WebSockets end with (RFC 6455, section 7.4.1), the same on
 * the HTTP edge ({@link WebSocketGuard}) and the stream edge: a normal end, the server going away
 * (clients reconnect and resume from the last {@code seq} they saw), a client message over the
 * size limit, a client that stopped answering pings, and a stream that failed.
 */
public final class WebSocketClose {
    public static final int NORMAL = 1000;
    public static final int GOING_AWAY = 1001;
    public static final int POLICY_VIOLATED = 1008;
    public static final int MESSAGE_TOO_BIG = 1009;
    public static final int UNEXPECTED_CONDITION = 1011;
    /** How long a closing server waits for the client's answering close frame before it drops the connection. */
    public static final int CLOSE_WAIT_SECONDS = 2;
    /** The reason sent with {@link #GOING_AWAY}. */
    public static final String GOING_AWAY_REASON = "the server is going away; reconnect";

    private WebSocketClose() {
    }

    /** The reason sent with {@link #MESSAGE_TOO_BIG}. */
    public static String tooBig(int maxMessageBytes) {
        return "message too big: at most " + maxMessageBytes + " bytes";
    }

    /** The reason sent with {@link #POLICY_VIOLATED} to a client that did not answer a ping. */
    public static String noPong(Duration pongTimeout) {
        return "no answer to ping within " + pongTimeout.toSeconds() + " s";
    }

    /** The reason sent with {@link #UNEXPECTED_CONDITION}: the failure's kind, never its message. */
    public static String internalError(Throwable failure) {
        return "internal error (" + failure.getClass().getSimpleName() + ")";
    }
}

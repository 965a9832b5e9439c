package dev.involution.bots.api.stream;

/** Sent when a stream has been idle for a while (10 s): the connection is alive. {@code at} is epoch ms. */
public record Heartbeat(long at) implements StreamMessage {
    public static final String TYPE = "heartbeat";

    @Override
    public String type() {
        return TYPE;
    }
}

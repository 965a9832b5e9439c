package dev.involution.bots.api.stream;

import dev.involution.bots.api.BookDepth;
import dev.involution.bots.api.MatchDetails;

/**
 * The first message of a stream opened without {@code from}: the public match view and the book as
 * of sequence number {@code seq}; the events that follow start at {@code seq + 1}.
 */
public record Snapshot(long seq, long at, MatchDetails match, BookDepth book) implements StreamMessage {
    public static final String TYPE = "snapshot";

    @Override
    public String type() {
        return TYPE;
    }
}

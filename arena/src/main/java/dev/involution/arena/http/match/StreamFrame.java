package dev.involution.arena.http.match;

import dev.involution.arena.http.StreamText;

/**
 * One message of a match's stream as a node's {@link MatchFeed} hands it to every subscriber: an
 * event's message (written once, the same immutable text for all of them) with its {@code seq}, or
 * a heartbeat ({@code seq} 0) that says which {@code seq} the feed had sent last, so that a
 * subscriber which started behind it can tell, even while the match is quiet; or, at the end of a
 * subscriber's stream, the mark that its queue overflowed ({@code seq} -1, no message: the resync
 * names the subscriber's own next {@code seq}).
 */
record StreamFrame(long seq, long lastSeq, StreamText text) {
    static final StreamFrame OVERFLOWED = new StreamFrame(-1, -1, null);

    boolean overflowed() {
        return seq == -1;
    }

    boolean heartbeat() {
        return seq == 0;
    }
}

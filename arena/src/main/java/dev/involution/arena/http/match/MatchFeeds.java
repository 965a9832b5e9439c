package dev.involution.arena.http.match;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * This node's {@link MatchFeed}s, one per match with subscribers: the first subscriber starts it,
 * the last one to leave stops it.
 */
final class MatchFeeds {
    private final Map<String, MatchFeed> feeds = new HashMap<>();
    private final Function<String, MatchFeed> start;

    MatchFeeds(Function<String, MatchFeed> start) {
        this.start = start;
    }

    /** The match's feed, counted as used by one more subscriber until {@link #release}. */
    synchronized MatchFeed acquire(String matchId) {
        MatchFeed feed = feeds.computeIfAbsent(matchId, start);
        feed.subscribers(1);
        return feed;
    }

    /** One subscriber of the match's feed has left; the last one stops it. */
    synchronized void release(String matchId, MatchFeed feed) {
        if (feed.subscribers(-1) == 0) {
            feeds.remove(matchId, feed);
            feed.stop();
        }
    }

    /** Matches with a feed on this node. */
    synchronized int size() {
        return feeds.size();
    }
}

package dev.involution.arena.http.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * This node's {@link MatchFeed}s, one per match with subscribers: the first subscriber starts it,
 * the last one to leave stops it. Each match's feed is started and counted under that match's own
 * lock (the map's, per key), so a feed that is slow to start holds back only its own match's
 * subscribers, not every match's.
 */
final class MatchFeeds {
    private final Map<String, MatchFeed> feeds = new ConcurrentHashMap<>();
    private final Function<String, MatchFeed> start;

    MatchFeeds(Function<String, MatchFeed> start) {
        this.start = start;
    }

    /** The match's feed, counted as used by one more subscriber until {@link #release}. */
    MatchFeed acquire(String matchId) {
        return feeds.compute(matchId, (id, current) -> {
            MatchFeed feed = current != null ? current : start.apply(id);
            feed.subscribers(1);
            return feed;
        });
    }

    /** One subscriber of the match's feed has left; the last one stops it. */
    void release(String matchId, MatchFeed feed) {
        feeds.compute(matchId, (id, current) -> {
            if (feed.subscribers(-1) > 0) {
                return current;
            }
            feed.stop();
            return current == feed ? null : current;
        });
    }

    /** Matches with a feed on this node. */
    int size() {
        return feeds.size();
    }
}

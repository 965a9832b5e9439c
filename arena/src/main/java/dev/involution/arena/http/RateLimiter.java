package dev.involution.arena.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by client key. At most {@code maxClients} buckets are kept: past that, idle
 * (full) buckets are dropped, and if every client is active all buckets start afresh.
 */
public final class RateLimiter {

    private final HttpSettings.RateLimitSettings settings;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(HttpSettings.RateLimitSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
    }

    public RateLimiter(HttpSettings.RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    /** Takes a token for {@code client}: 0 when the request may pass, else nanoseconds to wait. */
    public long acquire(String client) {
        long now = nanoClock.getAsLong();
        TokenBucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= settings.maxClients()) {
                evict(now);
            }
            bucket = buckets.computeIfAbsent(client,
                    key -> new TokenBucket(settings.perSecond(), settings.burst(), now));
        }
        return bucket.take(now);
    }

    int clients() {
        return buckets.size();
    }

    private synchronized void evict(long now) {
        if (buckets.size() < settings.maxClients()) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= settings.maxClients()) {
            buckets.clear();
        }
    }
}

package dev.involution.arena.http;

/** One client's token bucket: refills continuously at a rate, holds at most {@code capacity} tokens. */
final class TokenBucket {

    private final double tokensPerNano;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(double perSecond, int capacity, long now) {
        this.tokensPerNano = perSecond / 1e9;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefill = now;
    }

    /** Takes one token: 0 when there was one, else the nanoseconds until there will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** True when the client has been idle long enough to forget its bucket. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > lastRefill) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
            lastRefill = now;
        }
    }
}

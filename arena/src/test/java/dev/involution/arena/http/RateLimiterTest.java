package dev.involution.arena.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(double perSecond, int burst, int maxClients) {
        return new RateLimiter(new HttpSettings.RateLimitSettings(perSecond, burst, maxClients), now::get);
    }

    @Test
    void allowsTheBurstThenSaysHowLongToWait() {
        RateLimiter limiter = limiter(10, 3, 100);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();

        assertThat(limiter.acquire("a")).isEqualTo(100_000_000L);
    }

    @Test
    void refillsAtTheConfiguredRate() {
        RateLimiter limiter = limiter(10, 1, 100);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();

        now.addAndGet(50_000_000L);
        assertThat(limiter.acquire("a")).isEqualTo(50_000_000L);

        now.addAndGet(50_000_000L);
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = limiter(1, 1, 100);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();

        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void forgetsIdleClientsFirstWhenFull() {
        RateLimiter limiter = limiter(1, 1, 2);
        limiter.acquire("idle");
        now.addAndGet(2_000_000_000L);
        limiter.acquire("busy");

        limiter.acquire("new");

        assertThat(limiter.clients()).isEqualTo(2);
        assertThat(limiter.acquire("busy")).as("busy client keeps its empty bucket").isPositive();
    }

    @Test
    void neverKeepsMoreThanMaxClients() {
        RateLimiter limiter = limiter(1, 1, 10);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(10);
    }
}

package dev.involution.bots.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(350),
            Duration.ofSeconds(30));

    @Test
    void backoffDoublesUpToItsCap() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(350));
        assertThat(policy.backoff(60)).isEqualTo(Duration.ofMillis(350));
    }

    @Test
    void aRateLimitIsAlwaysRetriedAfterTheServersRetryAfter() {
        assertThat(policy.afterStatus(1, 429, Optional.of(Duration.ofSeconds(2)), false)).contains(Duration.ofSeconds(2));
        assertThat(policy.afterStatus(1, 429, Optional.empty(), false)).contains(Duration.ofMillis(100));
        assertThat(policy.afterStatus(1, 429, Optional.of(Duration.ofSeconds(31)), true))
                .as("longer than the policy waits").isEmpty();
    }

    @Test
    void serverErrorsAreRetriedOnlyWhenTheRequestIsSafeToRepeat() {
        for (int status : new int[] {500, 502, 503, 504}) {
            assertThat(policy.afterStatus(1, status, Optional.empty(), true)).as("%d safe", status)
                    .contains(Duration.ofMillis(100));
            assertThat(policy.afterStatus(1, status, Optional.empty(), false)).as("%d unsafe", status).isEmpty();
        }
        assertThat(policy.afterStatus(2, 503, Optional.of(Duration.ofSeconds(1)), true))
                .as("a Retry-After longer than the backoff wins").contains(Duration.ofSeconds(1));
    }

    @Test
    void clientErrorsAreNeverRetried() {
        for (int status : new int[] {400, 401, 403, 404, 409, 413, 415, 422}) {
            assertThat(policy.afterStatus(1, status, Optional.empty(), true)).as("%d", status).isEmpty();
        }
    }

    @Test
    void noAnswerIsRetriedWhenSafeOrWhenNothingWasSent() {
        IOException timeout = new HttpTimeoutException("request timed out");
        IOException reset = new IOException("connection reset");
        assertThat(policy.afterFailure(1, timeout, true)).contains(Duration.ofMillis(100));
        assertThat(policy.afterFailure(1, timeout, false)).isEmpty();
        assertThat(policy.afterFailure(1, reset, false)).isEmpty();
        assertThat(policy.afterFailure(1, new ConnectException("refused"), false)).contains(Duration.ofMillis(100));
        assertThat(policy.afterFailure(1, new HttpConnectTimeoutException("connect timed out"), false)).isPresent();
    }

    @Test
    void theLastAttemptIsTheLast() {
        assertThat(policy.afterStatus(4, 429, Optional.of(Duration.ZERO), true)).isEmpty();
        assertThat(policy.afterFailure(4, new ConnectException("refused"), true)).isEmpty();
        assertThat(RetryPolicy.none().afterStatus(1, 503, Optional.empty(), true)).isEmpty();
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2015-10-21T07:27:50Z");
        assertThat(RetryPolicy.parseRetryAfter("3", now)).contains(Duration.ofSeconds(3));
        assertThat(RetryPolicy.parseRetryAfter(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ofSeconds(10));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("-1", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter(null, now)).isEmpty();
    }

    @Test
    void aPolicyMustMakeSense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void fixedDelayWaitsTheSameBeforeEveryRetry() {
        RetryPolicy policy = RetryPolicy.fixedDelay(3, Duration.ofSeconds(5));

        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(3)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void exponentialBackoffDoublesFromTheMinimumUpToTheMaximum() {
        RetryPolicy policy = RetryPolicy.exponentialBackoff(6, Duration.ofSeconds(1), Duration.ofSeconds(15));

        assertThat(policy.delayBefore(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayBefore(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayBefore(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(policy.delayBefore(6)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void retriesForeverWhenTheCountIsMinusOne() {
        RetryPolicy policy = RetryPolicy.exponentialBackoff(-1, Duration.ofMillis(100), Duration.ofMinutes(1));

        assertThat(policy.delayBefore(1_000_000)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.allows(Integer.MAX_VALUE)).isTrue();
    }

    @Test
    void refusesARetryNumberBeyondTheCount() {
        assertThatThrownBy(() -> RetryPolicy.fixedDelay(2, Duration.ofSeconds(1)).delayBefore(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'retryNumber' must be between 1 and 2");
        assertThatThrownBy(() -> RetryPolicy.none().delayBefore(1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsExponentialBackoffFromHostJson() throws Exception {
        RetryPolicy policy = RetryPolicy.fromHostJson(json.readTree("""
                {"version": "2.0", "retry": {"strategy": "exponentialBackoff", "maxRetryCount": 3,
                 "minimumInterval": "00:00:01", "maximumInterval": "00:00:15"}}
                """));

        assertThat(policy).isEqualTo(RetryPolicy.exponentialBackoff(3, Duration.ofSeconds(1), Duration.ofSeconds(15)));
    }

    @Test
    void readsFixedDelayFromHostJson() throws Exception {
        RetryPolicy policy = RetryPolicy.fromHostJson(json.readTree("""
                {"retry": {"strategy": "FixedDelay", "maxRetryCount": -1, "delayInterval": "1.00:00:02.5"}}
                """));

        assertThat(policy).isEqualTo(RetryPolicy.fixedDelay(-1, Duration.ofDays(1).plusMillis(2500)));
    }

    @Test
    void isNoneWithoutARetryBlock() throws Exception {
        assertThat(RetryPolicy.fromHostJson(json.readTree("{\"version\": \"2.0\"}"))).isEqualTo(RetryPolicy.none());
    }

    @Test
    void refusesAMalformedRetryBlockNamingTheProperty() throws Exception {
        assertThatThrownBy(() -> RetryPolicy.fromHostJson(json.readTree("""
                {"retry": {"strategy": "fixedDelay", "maxRetryCount": 2, "delayInterval": "5s"}}
                """)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'retry.delayInterval'");
        assertThatThrownBy(() -> RetryPolicy.fromHostJson(json.readTree("""
                {"retry": {"strategy": "linear", "maxRetryCount": 2}}
                """)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'retry.strategy'");
        assertThatThrownBy(() -> RetryPolicy.fromHostJson(json.readTree("""
                {"retry": {"strategy": "fixedDelay", "delayInterval": "00:00:05"}}
                """)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'retry.maxRetryCount'");
    }

    @Test
    void readsTheRepositorysHostJson() throws Exception {
        RetryPolicy policy = RetryPolicy.fromHostJson(json.readTree(new java.io.File("../host.json")));

        assertThat(policy.strategy()).isEqualTo("exponentialBackoff");
        assertThat(policy.maxRetryCount()).isEqualTo(3);
    }
}

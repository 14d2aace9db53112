package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.cache.Cache;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Cache} must do; time is a manual clock the implementation must read. */
public abstract class CacheContract {

    protected final ManualClock clock = ManualClock.startingAt("2026-03-01T09:00:00Z");

    private Cache cache;

    protected abstract Cache open(Clock clock);

    @BeforeEach
    void openCache() {
        cache = open(clock);
    }

    @Test
    void storedValueIsReturnedUntilItsTimeToLiveEnds() {
        cache.put("reco:user-1", "[\"p1\",\"p2\"]", Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.get("reco:user-1")).contains("[\"p1\",\"p2\"]");

        clock.advance(Duration.ofMinutes(2));
        assertThat(cache.get("reco:user-1")).isEmpty();
    }

    @Test
    void eachEntryHasItsOwnTimeToLive() {
        cache.put("short", "s", Duration.ofSeconds(30));
        cache.put("long", "l", Duration.ofHours(1));

        clock.advance(Duration.ofMinutes(1));

        assertThat(cache.get("short")).isEmpty();
        assertThat(cache.get("long")).contains("l");
    }

    @Test
    void aNewPutReplacesTheValueAndRestartsTheTimeToLive() {
        cache.put("k", "v1", Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(50));
        cache.put("k", "v2", Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(50));

        assertThat(cache.get("k")).contains("v2");
    }

    @Test
    void readsDoNotExtendTheTimeToLive() {
        cache.put("k", "v", Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(40));
        assertThat(cache.get("k")).contains("v");

        clock.advance(Duration.ofSeconds(30));

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void deletedValueIsGone() {
        cache.put("k", "v", Duration.ofMinutes(1));

        cache.delete("k");
        cache.delete("never-there");

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void nonPositiveTimeToLiveIsRejected() {
        assertThatThrownBy(() -> cache.put("k", "v", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.put("k", "v", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.get("k")).isEmpty();
    }
}

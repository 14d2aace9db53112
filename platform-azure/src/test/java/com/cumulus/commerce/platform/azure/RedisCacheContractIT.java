package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.contract.CacheContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache contract on a real redis-server, reached with a connection string and a password. */
class RedisCacheContractIT extends CacheContract {

    private static final String PASSWORD = "contract-test-password";

    private static RedisFixture redis;
    private final List<RedisCache> opened = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        redis = new RedisFixture(PASSWORD);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Override
    protected Cache open(Clock clock) {
        redis.admin().flushall();
        var settings = AppSettings.of(Map.of(RedisCache.CONNECTION,
                "127.0.0.1:" + redis.port() + ",password=" + PASSWORD + ",ssl=false"));
        var cache = RedisCache.open(ServiceConnection.named(settings, RedisCache.CONNECTION), null, clock);
        opened.add(cache);
        return cache;
    }

    @AfterEach
    void closeCaches() throws Exception {
        for (RedisCache cache : opened) {
            cache.close();
        }
    }

    @Test
    void redisItselfExpiresTheEntryAfterItsTimeToLiveAndAValueWrittenElsewhereReadsAsItIs() {
        Cache cache = open(clock);
        cache.put("server-ttl", "v", Duration.ofSeconds(30));

        Long ttl = redis.admin().pttl("server-ttl");

        assertThat(ttl).isBetween(1L, 30_000L);
        redis.admin().set("written-elsewhere", "plain");
        assertThat(cache.get("written-elsewhere")).contains("plain");
        cache.put("short", "v", Duration.ofMillis(200));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> redis.admin().exists("short") == 0);
    }
}

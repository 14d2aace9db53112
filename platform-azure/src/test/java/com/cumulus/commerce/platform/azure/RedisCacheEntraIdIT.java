package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.cumulus.commerce.platform.Clock;
import io.lettuce.core.AclSetuserArgs;
import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Entra ID authentication against a real redis-server whose ACL user is the identity's object id and whose
 * passwords are the tokens, as Azure Cache for Redis does: the cache re-authenticates with each new token and
 * a reconnect uses the newest one.
 */
class RedisCacheEntraIdIT {

    private static final String OBJECT_ID = "6f1c3a52-0d7e-4b8e-9a39-2f4b5c6d7e80";
    private static final String ADMIN_PASSWORD = "admin-password";

    private static RedisFixture redis;

    @BeforeAll
    static void startRedis() {
        redis = new RedisFixture(ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Test
    void theCacheAuthenticatesWithEachNewTokenBeforeTheLastExpires() throws Exception {
        var admin = redis.admin();
        admin.aclSetuser(OBJECT_ID, AclSetuserArgs.Builder.on().addPassword("token-1")
                .addPassword("token-2").allKeys().allCommands());
        var issued = new AtomicInteger();
        TokenCredential twoSecondTokens = new TokenCredential() {
            @Override
            public Mono<AccessToken> getToken(TokenRequestContext request) {
                return Mono.fromSupplier(() -> getTokenSync(request));
            }

            @Override
            public AccessToken getTokenSync(TokenRequestContext request) {
                assertThat(request.getScopes()).containsExactly("https://redis.azure.com/.default");
                int n = Math.min(issued.incrementAndGet(), 2);
                return new AccessToken("token-" + n, OffsetDateTime.now().plusSeconds(2));
            }
        };
        long authsBefore = authCalls();

        try (var cache = RedisCache.withEntraId(RedisURI.builder().withHost("127.0.0.1").withPort(redis.port()),
                twoSecondTokens, OBJECT_ID, Clock.system())) {
            cache.put("k", "v", Duration.ofMinutes(1));
            assertThat(cache.get("k")).contains("v");
            assertThat(admin.clientList()).contains("user=" + OBJECT_ID);

            await().atMost(Duration.ofSeconds(10)).until(() -> issued.get() >= 2 && authCalls() > authsBefore);

            admin.aclSetuser(OBJECT_ID, AclSetuserArgs.Builder.on().resetpass()
                    .addPassword("token-2").allKeys().allCommands());
            admin.clientKill(KillArgs.Builder.user(OBJECT_ID));
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> cache.get("k").orElse("").equals("v"));
        }
        assertThat(admin.aclLog()).as("no authentication was refused").isEmpty();
    }

    private static long authCalls() {
        String stats = redis.admin().info("commandstats");
        for (String line : stats.split("\r?\n")) {
            if (line.startsWith("cmdstat_auth:")) {
                return Long.parseLong(line.replaceAll("^cmdstat_auth:calls=(\\d+),.*", "$1"));
            }
        }
        return 0;
    }
}

package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisCredentialsProvider;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Microsoft Entra tokens for Azure Cache for Redis: the user name is the identity's object id, the password a
 * token for {@value #SCOPE}. A new token is fetched before the current one expires and streamed to Lettuce,
 * which re-authenticates its open connections with it ({@code ReauthenticateBehavior.ON_NEW_CREDENTIALS}). A
 * token is never logged.
 */
final class EntraIdRedisCredentials implements RedisCredentialsProvider, AutoCloseable {

    static final String SCOPE = "https://redis.azure.com/.default";
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(EntraIdRedisCredentials.class);

    private final TokenCredential credential;
    private final String username;
    private final Sinks.Many<RedisCredentials> stream = Sinks.many().replay().latest();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "redis-entra-token-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RedisCredentials current;
    private volatile OffsetDateTime currentExpiresAt;

    private EntraIdRedisCredentials(TokenCredential credential, String username) {
        this.credential = credential;
        this.username = username;
    }

    /** Fetches the first token now, so a wrong identity fails at start, and keeps it fresh from then on. */
    static EntraIdRedisCredentials start(TokenCredential credential, String objectId) {
        Objects.requireNonNull(credential, "'credential' must not be null");
        if (objectId == null || objectId.isBlank()) {
            throw new IllegalArgumentException("'objectId' must not be blank");
        }
        var credentials = new EntraIdRedisCredentials(credential, objectId);
        credentials.refresh(true);
        return credentials;
    }

    /** When to fetch the next token: five minutes before expiry, or at three quarters of a shorter lifetime. */
    static Duration refreshDelay(OffsetDateTime expiresAt, OffsetDateTime now) {
        Duration remaining = Duration.between(now, expiresAt);
        if (remaining.isNegative() || remaining.isZero()) {
            return Duration.ZERO;
        }
        Duration margin = remaining.dividedBy(4).compareTo(REFRESH_MARGIN) < 0 ? remaining.dividedBy(4) : REFRESH_MARGIN;
        return remaining.minus(margin);
    }

    private void refresh(boolean first) {
        try {
            AccessToken token = credential.getTokenSync(new TokenRequestContext().addScopes(SCOPE));
            current = RedisCredentials.just(username, token.getToken());
            currentExpiresAt = token.getExpiresAt();
            stream.tryEmitNext(current);
            schedule(refreshDelay(token.getExpiresAt(), OffsetDateTime.now()));
        } catch (RuntimeException e) {
            if (first) {
                throw new IllegalStateException("no Microsoft Entra token for Azure Cache for Redis", e);
            }
            LOG.warn("refreshing the Microsoft Entra token for Redis failed ({}); trying again in {}",
                    e.getClass().getSimpleName(), RETRY_AFTER_FAILURE);
            Duration untilExpiry = refreshDelay(currentExpiresAt, OffsetDateTime.now());
            schedule(untilExpiry.compareTo(RETRY_AFTER_FAILURE) < 0 ? untilExpiry : RETRY_AFTER_FAILURE);
        }
    }

    private void schedule(Duration delay) {
        if (!refresher.isShutdown()) {
            refresher.schedule(() -> refresh(false), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public Mono<RedisCredentials> resolveCredentials() {
        return Mono.fromSupplier(() -> current);
    }

    @Override
    public boolean supportsStreaming() {
        return true;
    }

    @Override
    public Flux<RedisCredentials> credentials() {
        return stream.asFlux();
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        stream.tryEmitComplete();
    }
}

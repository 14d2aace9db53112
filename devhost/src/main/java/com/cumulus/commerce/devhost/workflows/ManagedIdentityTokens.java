package com.cumulus.commerce.devhost.workflows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Tokens for Http actions with {@code ManagedServiceIdentity} authentication: a service token per audience,
 * minted by devhost's issuer for client id {@code logic-apps}, reused until five minutes before it expires.
 */
final class ManagedIdentityTokens {

    static final String CLIENT_ID = "logic-apps";
    private static final Duration EARLY = Duration.ofMinutes(5);

    private final BiFunction<String, String, String> mint;
    private final Duration lifetime;
    private final Supplier<Instant> clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** @param mint (clientId, audience) to token; null when no local issuer can mint */
    ManagedIdentityTokens(BiFunction<String, String, String> mint, Duration lifetime, Supplier<Instant> clock) {
        this.mint = mint;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String token(String audience) {
        if (mint == null) {
            throw new IllegalStateException("no managed identity here: IDENTITY_ISSUER names an external issuer");
        }
        var now = clock.get();
        var cached = cache.get(audience);
        if (cached != null && now.isBefore(cached.refreshAt)) {
            return cached.token;
        }
        var token = mint.apply(CLIENT_ID, audience);
        cache.put(audience, new Cached(token, now.plus(lifetime).minus(EARLY)));
        return token;
    }

    private record Cached(String token, Instant refreshAt) {
    }
}

package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.Clock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;

/**
 * Tokens whose signature has been verified, by the SHA-256 of the token, with the claims they carry and the
 * issuer's keys that matched them then: a token presented again (a customer's on each request, a workflow's
 * service token on each step) costs a hash instead of an RSA verification. Only a verified signature is kept,
 * never a verdict: the caller checks the claims (expiry, {@code nbf}, audience) again on every use, and stops
 * trusting an entry once the issuer no longer publishes the same keys for its {@code kid}. Bounded in size;
 * an entry goes when its token expires, or after at most an hour.
 */
final class VerifiedTokens {

    static final int MAXIMUM_SIZE = 10_000;
    static final Duration LONGEST_STAY = Duration.ofHours(1);

    /** What the signature check established about one token. */
    record Verified(JWTClaimsSet claims, JWSHeader header, List<JWK> keys) {
    }

    private final Cache<ByteBuffer, Verified> verified;

    VerifiedTokens(Clock clock, Duration clockSkew) {
        this.verified = Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfter(new Expiry<ByteBuffer, Verified>() {
            @Override
            public long expireAfterCreate(ByteBuffer key, Verified value, long currentTime) {
                var left = Duration.between(clock.now(), value.claims().getExpirationTime().toInstant().plus(clockSkew));
                return left.isNegative() ? 0 : Math.min(left.toNanos(), LONGEST_STAY.toNanos());
            }

            @Override
            public long expireAfterUpdate(ByteBuffer key, Verified value, long currentTime, long currentDuration) {
                return expireAfterCreate(key, value, currentTime);
            }

            @Override
            public long expireAfterRead(ByteBuffer key, Verified value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    /** The key a token is kept under: its SHA-256, so the cache holds no token that could be replayed. */
    static ByteBuffer hash(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The verification of the token with this hash, or null when there is none. */
    Verified find(ByteBuffer hash) {
        return verified.getIfPresent(hash);
    }

    /** Keeps a verified signature; {@code claims} must carry an expiry. */
    void remember(ByteBuffer hash, Verified verification) {
        verified.put(hash, verification);
    }
}

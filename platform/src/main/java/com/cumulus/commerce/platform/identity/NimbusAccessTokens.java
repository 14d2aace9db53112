package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.Clock;
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link AccessTokens} on Nimbus JOSE + JWT: RS256 or ES256 signatures by the issuer's published keys, the
 * exact issuer, one of the accepted audiences, and {@code exp}/{@code nbf} within the configured skew.
 * A token's signature is verified once and remembered ({@link VerifiedTokens}); its claims are checked on every
 * use. Thread-safe; build one per app at start.
 */
public final class NimbusAccessTokens implements AccessTokens {

    /** What Entra External ID and B2C sign with; everything else (none, HS256, PS256, ...) is refused. */
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    // Entra tokens run to 2 to 3 KB; anything far larger is not one of them and is not worth parsing
    static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private static final int HTTP_TIMEOUT_MILLIS = 5_000;
    private static final int HTTP_SIZE_LIMIT_BYTES = 512 * 1024;

    private final IdentitySettings settings;
    private final Set<String> acceptedAudiences;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final IssuerKeys issuerKeys;
    private final VerifiedTokens verifiedTokens;
    private final LongAdder signatureChecks = new LongAdder();

    /**
     * @param serviceAudience the calling app's own service audience (such as {@code api://cumulus-catalog}),
     *                        accepted beside the storefront audiences; null for an app without service routes
     * @param retriever       fetches the discovery document and the JWKS (tests serve both without a network)
     */
    public NimbusAccessTokens(IdentitySettings settings, String serviceAudience, ResourceRetriever retriever,
                              Clock clock) {
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(retriever, "'retriever' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        var audiences = new HashSet<>(settings.audiences());
        if (serviceAudience != null) {
            if (serviceAudience.isBlank()) {
                throw new IllegalArgumentException("'serviceAudience' must not be blank");
            }
            audiences.add(serviceAudience);
        }
        this.acceptedAudiences = Set.copyOf(audiences);
        this.issuerKeys = new IssuerKeys(settings, retriever, clock);
        this.verifiedTokens = new VerifiedTokens(clock, settings.clockSkew());
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, issuerKeys));
        // Entra sends typ JWT; RFC 9068 access tokens say at+jwt; some issuers send none
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        // claims are checked below against our clock, so that each refusal has its own reason
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /** Fetches metadata and keys over HTTPS with short timeouts and a size cap. */
    public static NimbusAccessTokens create(IdentitySettings settings, String serviceAudience) {
        return new NimbusAccessTokens(settings, serviceAudience,
                new DefaultResourceRetriever(HTTP_TIMEOUT_MILLIS, HTTP_TIMEOUT_MILLIS, HTTP_SIZE_LIMIT_BYTES),
                Clock.system());
    }

    @Override
    public TokenCheck check(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            return invalid("missing token");
        }
        if (bearerToken.length() > MAX_TOKEN_LENGTH) {
            return invalid("malformed token");
        }
        var hash = VerifiedTokens.hash(bearerToken);
        var verified = verifiedTokens.find(hash);
        try {
            if (verified != null && stillPublished(verified)) {
                return checkClaims(verified.claims());
            }
        } catch (ParseException e) {
            return invalid("malformed claims");
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(bearerToken);
        } catch (ParseException e) {
            return invalid("malformed token");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            return invalid(jwt.getHeader().getAlgorithm() == Algorithm.NONE
                    ? "unsigned token" : "unsupported token type");
        }
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            return invalid("unsupported algorithm");
        }
        try {
            // a foreign issuer is refused before key lookup, so its unknown kid cannot trigger a JWKS refetch
            if (!settings.issuerId().equals(signed.getJWTClaimsSet().getIssuer())) {
                return invalid("wrong issuer");
            }
            signatureChecks.increment();
            JWTClaimsSet claims = processor.process(signed, null);
            if (claims.getExpirationTime() != null) {
                verifiedTokens.remember(hash, new VerifiedTokens.Verified(claims, signed.getHeader(),
                        matchingKeys(signed.getHeader())));
            }
            return checkClaims(claims);
        } catch (ParseException e) {
            return invalid("malformed claims");
        } catch (RateLimitReachedException e) {
            return invalid("unknown signing key");
        } catch (KeySourceException e) {
            return invalid("issuer unavailable");
        } catch (BadJWSException e) {
            return invalid("invalid signature");
        } catch (BadJOSEException e) {
            return invalid(refusalReason(e.getMessage()));
        } catch (JOSEException e) {
            return invalid("invalid signature");
        }
    }

    /** Signatures verified so far: a token seen before and still valid is not verified again. */
    long signatureChecks() {
        return signatureChecks.sum();
    }

    /** True while the issuer publishes the same keys for the token's {@code kid} as when its signature was checked. */
    private boolean stillPublished(VerifiedTokens.Verified verified) {
        try {
            return matchingKeys(verified.header()).equals(verified.keys());
        } catch (KeySourceException e) {
            return false;
        }
    }

    private List<JWK> matchingKeys(JWSHeader header) throws KeySourceException {
        return issuerKeys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null);
    }

    private TokenCheck checkClaims(JWTClaimsSet claims) throws ParseException {
        Instant now = clock.now();
        Date expiry = claims.getExpirationTime();
        if (expiry == null) {
            return invalid("no expiry");
        }
        if (now.isAfter(expiry.toInstant().plus(settings.clockSkew()))) {
            return invalid("expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(settings.clockSkew()).isBefore(notBefore.toInstant())) {
            return invalid("not yet valid");
        }
        List<String> audiences = claims.getAudience();
        if (audiences.stream().noneMatch(acceptedAudiences::contains)) {
            return invalid("wrong audience");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return invalid("no subject");
        }
        Optional<String> context = settings.mfaAuthContext();
        return new TokenCheck.Valid(CallerClaims.toCaller(claims, context), Set.copyOf(audiences));
    }

    // Nimbus tells these refusals apart only by message; anything unrecognised gets the generic phrase
    private static String refusalReason(String message) {
        String text = message == null ? "" : message;
        if (text.contains("no matching key")) {
            return "unknown signing key";
        }
        if (text.contains("typ")) {
            return "unsupported token type";
        }
        return "token refused";
    }

    private static TokenCheck invalid(String reason) {
        return new TokenCheck.Invalid(reason);
    }
}

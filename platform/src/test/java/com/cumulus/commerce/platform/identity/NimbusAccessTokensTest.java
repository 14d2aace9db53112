package com.cumulus.commerce.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NimbusAccessTokensTest {

    private final TokenFixture fixture = new TokenFixture();
    private final NimbusAccessTokens tokens = fixture.accessTokens(null);

    @Test
    void acceptsACustomerTokenAndReadsWhoItNames() {
        var check = tokens.check(fixture.customerToken());

        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        Caller caller = ((TokenCheck.Valid) check).caller();
        assertThat(caller.subject()).isEqualTo(TokenFixture.CUSTOMER_ID);
        assertThat(caller.tenantId()).isEqualTo(TokenFixture.TENANT_ID);
        assertThat(caller.email()).isEqualTo("ada@example.com");
        assertThat(caller.name()).isEqualTo("Ada Customer");
        assertThat(caller.scopes()).containsExactly("Commerce.Shop");
        assertThat(caller.mfa()).isFalse();
        assertThat(caller.service()).isFalse();
        assertThat(caller.clientId()).isEqualTo("storefront");
        assertThat(((TokenCheck.Valid) check).audiences()).containsExactly(TokenFixture.AUDIENCE);
    }

    @Test
    void acceptsAnEs256Token() {
        assertThat(tokens.check(fixture.signEs256(fixture.customerClaims().build())))
                .isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void readsMfaFromAmr() {
        var check = (TokenCheck.Valid) tokens.check(fixture.customerWithMfaToken());

        assertThat(check.caller().mfa()).isTrue();
    }

    @Test
    void readsMfaFromTheConfiguredAuthContextOnly() {
        String token = fixture.sign(fixture.customerClaims().claim("acrs", List.of("c1")).build());
        var withContext = fixture.accessTokens(fixture.settings(Map.of(IdentitySettings.MFA_AUTH_CONTEXT, "c1")), null);

        assertThat(((TokenCheck.Valid) withContext.check(token)).caller().mfa()).isTrue();
        assertThat(((TokenCheck.Valid) tokens.check(token)).caller().mfa()).isFalse();
    }

    @Test
    void readsAServiceToken() {
        var check = (TokenCheck.Valid) fixture.accessTokens(TokenFixture.CATALOG_AUDIENCE)
                .check(fixture.serviceToken(TokenFixture.CATALOG_AUDIENCE));

        assertThat(check.caller().service()).isTrue();
        assertThat(check.caller().clientId()).isEqualTo(TokenFixture.SERVICE_CLIENT_ID);
        assertThat(check.caller().roles()).containsExactly("Commerce.Service");
        assertThat(check.caller().scopes()).isEmpty();
        assertThat(check.audiences()).containsExactly(TokenFixture.CATALOG_AUDIENCE);
    }

    @Test
    void refusesATokenExpiredBeyondTheSkew() {
        String token = fixture.customerToken();
        fixture.clock().advance(Duration.ofHours(1).plusSeconds(301));

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("expired"));
    }

    @Test
    void acceptsATokenExpiredWithinTheSkew() {
        String token = fixture.customerToken();
        fixture.clock().advance(Duration.ofHours(1).plusSeconds(299));

        assertThat(tokens.check(token)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void appliesTheConfiguredSkew() {
        String token = fixture.customerToken();
        fixture.clock().advance(Duration.ofHours(1).plusSeconds(31));
        var strict = fixture.accessTokens(fixture.settings(Map.of(IdentitySettings.CLOCK_SKEW_SECONDS, "30")), null);

        assertThat(strict.check(token)).isEqualTo(new TokenCheck.Invalid("expired"));
    }

    @Test
    void refusesATokenNotYetValid() {
        var notBefore = Date.from(fixture.clock().now().plus(Duration.ofMinutes(10)));

        assertThat(tokens.check(fixture.sign(fixture.customerClaims().notBeforeTime(notBefore).build())))
                .isEqualTo(new TokenCheck.Invalid("not yet valid"));
    }

    @Test
    void acceptsANotBeforeWithinTheSkew() {
        var notBefore = Date.from(fixture.clock().now().plus(Duration.ofMinutes(4)));

        assertThat(tokens.check(fixture.sign(fixture.customerClaims().notBeforeTime(notBefore).build())))
                .isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void refusesATokenWithoutExpiry() {
        assertThat(tokens.check(fixture.sign(fixture.customerClaims().expirationTime(null).build())))
                .isEqualTo(new TokenCheck.Invalid("no expiry"));
    }

    @Test
    void refusesAnotherIssuerWithoutFetchingKeys() {
        String token = fixture.sign(fixture.customerClaims().issuer("https://evil.example/v2.0").build());

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("wrong issuer"));
        assertThat(fixture.jwksFetches()).isZero();
    }

    @Test
    void refusesTheIssuerWithADifferentTrailingSlash() {
        String token = fixture.sign(fixture.customerClaims().issuer(TokenFixture.ISSUER + "/").build());

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("wrong issuer"));
    }

    @Test
    void refusesAnotherAudience() {
        String token = fixture.sign(fixture.customerClaims().audience("api://someone-else").build());

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("wrong audience"));
    }

    @Test
    void acceptsTheServiceAudienceOnlyInTheAppItBelongsTo() {
        String token = fixture.serviceToken(TokenFixture.CATALOG_AUDIENCE);

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("wrong audience"));
        assertThat(fixture.accessTokens("api://cumulus-orders").check(token))
                .isEqualTo(new TokenCheck.Invalid("wrong audience"));
        assertThat(fixture.accessTokens(TokenFixture.CATALOG_AUDIENCE).check(token))
                .isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void refusesAnUnsignedToken() {
        String unsigned = new PlainJWT(fixture.customerClaims().build()).serialize();

        assertThat(tokens.check(unsigned)).isEqualTo(new TokenCheck.Invalid("unsigned token"));
    }

    @Test
    void refusesAlgNoneCarryingASignature() {
        String signed = fixture.customerToken();
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String forged = none + signed.substring(signed.indexOf('.'));

        assertThat(tokens.check(forged)).isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void refusesHs256SignedWithThePublicKey() throws Exception {
        // algorithm confusion: a verifier that trusted the header would check this HMAC with the RSA public key
        RSAKey publicKey = fixture.rsaKey().toPublicJWK();
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(publicKey.getKeyID()).type(JOSEObjectType.JWT)
                .build();
        var jwt = new SignedJWT(header, fixture.customerClaims().build());
        jwt.sign(new MACSigner(publicKey.toRSAPublicKey().getEncoded()));

        assertThat(tokens.check(jwt.serialize())).isEqualTo(new TokenCheck.Invalid("unsupported algorithm"));
    }

    @Test
    void refusesOtherAsymmetricAlgorithms() {
        String ps256 = TokenFixture.sign(fixture.customerClaims().build(), fixture.rsaKey(), JWSAlgorithm.PS256);

        assertThat(tokens.check(ps256)).isEqualTo(new TokenCheck.Invalid("unsupported algorithm"));
    }

    @Test
    void refusesATamperedToken() {
        String token = fixture.customerToken();
        String[] parts = token.split("\\.");
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                fixture.customerClaims().claim("roles", List.of("Commerce.Operate")).build().toString().getBytes());

        assertThat(tokens.check(parts[0] + "." + claims + "." + parts[2]))
                .isEqualTo(new TokenCheck.Invalid("invalid signature"));
    }

    @Test
    void refusesAKnownKeyIdSignedByAnotherKey() {
        RSAKey impostor = TokenFixture.newRsaKey(fixture.rsaKey().getKeyID());

        assertThat(tokens.check(TokenFixture.sign(fixture.customerClaims().build(), impostor, JWSAlgorithm.RS256)))
                .isEqualTo(new TokenCheck.Invalid("invalid signature"));
    }

    @Test
    void refusesMalformedTokens() {
        assertThat(tokens.check("not-a-jwt")).isEqualTo(new TokenCheck.Invalid("malformed token"));
        assertThat(tokens.check("a.b.c")).isEqualTo(new TokenCheck.Invalid("malformed token"));
        assertThat(tokens.check("")).isEqualTo(new TokenCheck.Invalid("missing token"));
        assertThat(tokens.check("x".repeat(NimbusAccessTokens.MAX_TOKEN_LENGTH + 1)))
                .isEqualTo(new TokenCheck.Invalid("malformed token"));
    }

    @Test
    void refusesAClaimOfTheWrongType() {
        String token = fixture.sign(fixture.customerClaims().claim("roles", "Commerce.Operate").build());

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("malformed claims"));
    }

    @Test
    void acceptsTheAccessTokenTypeAndRefusesOthers() {
        JWTClaimsSet claims = fixture.customerClaims().build();

        assertThat(tokens.check(signWithType(claims, new JOSEObjectType("at+jwt")))).isInstanceOf(TokenCheck.Valid.class);
        assertThat(tokens.check(signWithType(claims, new JOSEObjectType("logout+jwt"))))
                .isEqualTo(new TokenCheck.Invalid("unsupported token type"));
    }

    @Test
    void fetchesMetadataLazilyAndOnce() {
        assertThat(fixture.discoveryFetches()).isZero();

        tokens.check(fixture.customerToken());
        tokens.check(fixture.customerToken());

        assertThat(fixture.discoveryFetches()).isEqualTo(1);
        assertThat(fixture.jwksFetches()).isEqualTo(1);
    }

    @Test
    void acceptsARotatedKeyAfterOneRefetch() {
        assertThat(tokens.check(fixture.customerToken())).isInstanceOf(TokenCheck.Valid.class);
        RSAKey next = TokenFixture.newRsaKey("rsa-2");
        fixture.publish(next);

        var check = tokens.check(TokenFixture.sign(fixture.customerClaims().build(), next, JWSAlgorithm.RS256));

        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        assertThat(fixture.jwksFetches()).isEqualTo(2);
    }

    @Test
    void verifiesATokensSignatureOnceAndChecksItsClaimsOnEveryUse() {
        String token = fixture.customerToken();

        for (int i = 0; i < 3; i++) {
            assertThat(tokens.check(token)).isInstanceOf(TokenCheck.Valid.class);
        }

        assertThat(tokens.signatureChecks()).isEqualTo(1);
        assertThat(tokens.check(fixture.customerWithMfaToken())).isInstanceOf(TokenCheck.Valid.class);
        assertThat(tokens.signatureChecks()).as("another token is verified on its own").isEqualTo(2);
    }

    @Test
    void aRememberedTokenStillExpires() {
        String token = fixture.customerToken();
        assertThat(tokens.check(token)).isInstanceOf(TokenCheck.Valid.class);

        fixture.clock().advance(Duration.ofHours(1).plusSeconds(301));

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("expired"));
        assertThat(tokens.signatureChecks()).isEqualTo(1);
    }

    @Test
    void aRememberedTokenNotYetValidBecomesValidAtItsNotBefore() {
        var notBefore = Date.from(fixture.clock().now().plus(Duration.ofMinutes(10)));
        String token = fixture.sign(fixture.customerClaims().notBeforeTime(notBefore).build());
        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("not yet valid"));

        fixture.clock().advance(Duration.ofMinutes(6));

        assertThat(tokens.check(token)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(tokens.signatureChecks()).isEqualTo(1);
    }

    @Test
    void aRefusedSignatureIsNeverRemembered() {
        RSAKey impostor = TokenFixture.newRsaKey(fixture.rsaKey().getKeyID());
        String forged = TokenFixture.sign(fixture.customerClaims().build(), impostor, JWSAlgorithm.RS256);

        assertThat(tokens.check(forged)).isEqualTo(new TokenCheck.Invalid("invalid signature"));
        assertThat(tokens.check(forged)).isEqualTo(new TokenCheck.Invalid("invalid signature"));

        assertThat(tokens.signatureChecks()).isEqualTo(2);
    }

    @Test
    void aRememberedTokenIsRefusedOnceTheIssuerWithdrawsItsKey() {
        String token = fixture.customerToken();
        assertThat(tokens.check(token)).isInstanceOf(TokenCheck.Valid.class);
        RSAKey next = TokenFixture.newRsaKey("rsa-2");
        fixture.withdraw(fixture.rsaKey());
        fixture.publish(next);
        // a token signed with the new key makes the checker fetch the JWKS again
        assertThat(tokens.check(TokenFixture.sign(fixture.customerClaims().build(), next, JWSAlgorithm.RS256)))
                .isInstanceOf(TokenCheck.Valid.class);

        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Invalid("unknown signing key"));
    }

    @Test
    void refetchesOnceForAnUnknownKeyAndThenRateLimits() {
        assertThat(tokens.check(fixture.customerToken())).isInstanceOf(TokenCheck.Valid.class);

        for (int i = 0; i < 5; i++) {
            RSAKey unknown = TokenFixture.newRsaKey(TokenFixture.randomKeyId());
            var check = tokens.check(TokenFixture.sign(fixture.customerClaims().build(), unknown, JWSAlgorithm.RS256));
            assertThat(check).isEqualTo(new TokenCheck.Invalid("unknown signing key"));
        }

        assertThat(fixture.jwksFetches()).isEqualTo(2);
        assertThat(tokens.check(fixture.customerToken())).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void reportsAnUnreachableIssuerAsInvalidAndRecovers() {
        fixture.issuerDown(true);

        assertThat(tokens.check(fixture.customerToken())).isEqualTo(new TokenCheck.Invalid("issuer unavailable"));

        fixture.issuerDown(false);
        assertThat(tokens.check(fixture.customerToken())).isEqualTo(new TokenCheck.Invalid("issuer unavailable"));
        assertThat(fixture.discoveryFetches()).as("fails fast right after a failure").isZero();
        fixture.clock().advance(IssuerKeys.DISCOVERY_RETRY_AFTER);
        assertThat(tokens.check(fixture.customerToken())).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void refusesMetadataNamingAnotherIssuer() {
        var settings = new IdentitySettings(java.net.URI.create("http://127.0.0.1:7072/other"),
                java.net.URI.create(TokenFixture.METADATA_URL), List.of(TokenFixture.AUDIENCE),
                java.util.Optional.empty(), Duration.ofMinutes(5));
        var other = fixture.accessTokens(settings, null);

        String token = fixture.sign(fixture.customerClaims().issuer("http://127.0.0.1:7072/other").build());

        assertThat(other.check(token)).isEqualTo(new TokenCheck.Invalid("issuer unavailable"));
    }

    private String signWithType(JWTClaimsSet claims, JOSEObjectType type) {
        try {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(fixture.rsaKey().getKeyID()).type(type).build();
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(fixture.rsaKey()));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

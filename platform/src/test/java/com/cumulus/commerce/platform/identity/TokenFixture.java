package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.contract.ManualClock;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider in a test: fresh RS256 and ES256 keys, a discovery document and a JWKS served through a
 * {@link ResourceRetriever} (no network), and tokens in the shapes Entra External ID issues for customers,
 * catalog managers, operators and services. Token times follow the fixture's {@link ManualClock}.
 */
public final class TokenFixture {

    public static final String ISSUER = "http://127.0.0.1:7072/commerce";
    public static final String METADATA_URL = ISSUER + "/.well-known/openid-configuration";
    public static final String JWKS_URL = ISSUER + "/jwks";
    public static final String AUDIENCE = "api://cumulus-commerce";
    public static final String CATALOG_AUDIENCE = "api://cumulus-catalog";
    public static final String TENANT_ID = "6f1c2d3e-0000-4000-8000-00000000c0de";
    public static final String CUSTOMER_ID = "customer-1";
    public static final String SERVICE_CLIENT_ID = "orders-app";

    private final ManualClock clock;
    private final RSAKey rsaKey;
    private final ECKey ecKey;
    private final List<JWK> published = new CopyOnWriteArrayList<>();
    private final AtomicInteger discoveryFetches = new AtomicInteger();
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private volatile boolean issuerDown;

    public TokenFixture() {
        this(ManualClock.startingAt("2026-03-01T10:00:00Z"));
    }

    public TokenFixture(ManualClock clock) {
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.rsaKey = newRsaKey("rsa-1");
        this.ecKey = newEcKey("ec-1");
        published.add(rsaKey.toPublicJWK());
        published.add(ecKey.toPublicJWK());
    }

    public ManualClock clock() {
        return clock;
    }

    // --- settings and the token checker wired to this issuer ---

    /** The {@code IDENTITY_*} settings for this issuer, with {@code overrides} laid over them. */
    public AppSettings appSettings(Map<String, String> overrides) {
        var values = new HashMap<String, String>();
        values.put(IdentitySettings.ISSUER, ISSUER);
        values.put(IdentitySettings.AUDIENCE, AUDIENCE);
        values.putAll(overrides);
        return AppSettings.of(values);
    }

    public IdentitySettings settings() {
        return settings(Map.of());
    }

    public IdentitySettings settings(Map<String, String> overrides) {
        return IdentitySettings.from(appSettings(overrides));
    }

    public NimbusAccessTokens accessTokens(String serviceAudience) {
        return new NimbusAccessTokens(settings(), serviceAudience, retriever(), clock);
    }

    public NimbusAccessTokens accessTokens(IdentitySettings settings, String serviceAudience) {
        return new NimbusAccessTokens(settings, serviceAudience, retriever(), clock);
    }

    // --- the issuer's endpoints ---

    /** Serves {@link #METADATA_URL} and {@link #JWKS_URL}; anything else, or any URL while down, fails. */
    public ResourceRetriever retriever() {
        return this::retrieve;
    }

    private Resource retrieve(URL url) throws IOException {
        if (issuerDown) {
            throw new IOException("connection refused");
        }
        if (url.toString().equals(METADATA_URL)) {
            discoveryFetches.incrementAndGet();
            return new Resource(discoveryDocument(), "application/json");
        }
        if (url.toString().equals(JWKS_URL)) {
            jwksFetches.incrementAndGet();
            return new Resource(jwksJson(), "application/json");
        }
        throw new IOException("404 for " + url);
    }

    public String discoveryDocument() {
        return "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + JWKS_URL + "\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\",\"ES256\"]}";
    }

    /** The published public keys as a JWKS document. */
    public String jwksJson() {
        return new JWKSet(List.copyOf(published)).toString(true);
    }

    public int discoveryFetches() {
        return discoveryFetches.get();
    }

    public int jwksFetches() {
        return jwksFetches.get();
    }

    public void issuerDown(boolean down) {
        this.issuerDown = down;
    }

    /** Adds a public key to the JWKS, as an issuer does when it rotates keys. */
    public void publish(JWK key) {
        published.add(key.toPublicJWK());
    }

    /** Takes a key out of the JWKS, as an issuer does when it retires or revokes one. */
    public void withdraw(JWK key) {
        published.removeIf(published -> published.getKeyID().equals(key.getKeyID()));
    }

    public RSAKey rsaKey() {
        return rsaKey;
    }

    public ECKey ecKey() {
        return ecKey;
    }

    public static RSAKey newRsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ECKey newEcKey(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- claims ---

    /** A storefront customer signed in with a password: {@code scp} Commerce.Shop, {@code amr} [pwd], one hour left. */
    public JWTClaimsSet.Builder customerClaims() {
        Instant now = clock.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(CUSTOMER_ID)
                .claim("oid", CUSTOMER_ID)
                .claim("tid", TENANT_ID)
                .claim("scp", "Commerce.Shop")
                .claim("amr", List.of("pwd"))
                .claim("name", "Ada Customer")
                .claim("email", "ada@example.com")
                .claim("azp", "storefront")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    public JWTClaimsSet.Builder customerWithMfaClaims() {
        return customerClaims().claim("amr", List.of("pwd", "mfa"));
    }

    public JWTClaimsSet.Builder catalogManagerClaims() {
        return customerClaims().subject("manager-1").claim("oid", "manager-1")
                .claim("roles", List.of("Catalog.Manage"));
    }

    public JWTClaimsSet.Builder operatorClaims() {
        return customerClaims().subject("operator-1").claim("oid", "operator-1")
                .claim("roles", List.of("Commerce.Operate"));
    }

    /** A client-credentials token from {@link #SERVICE_CLIENT_ID} for the app with {@code audience}. */
    public JWTClaimsSet.Builder serviceClaims(String audience) {
        Instant now = clock.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .subject("sp-" + SERVICE_CLIENT_ID)
                .claim("oid", "sp-" + SERVICE_CLIENT_ID)
                .claim("tid", TENANT_ID)
                .claim("idtyp", "app")
                .claim("azp", SERVICE_CLIENT_ID)
                .claim("roles", List.of("Commerce.Service"))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    // --- tokens ---

    public String customerToken() {
        return sign(customerClaims().build());
    }

    public String customerWithMfaToken() {
        return sign(customerWithMfaClaims().build());
    }

    public String catalogManagerToken() {
        return sign(catalogManagerClaims().build());
    }

    public String operatorToken() {
        return sign(operatorClaims().build());
    }

    public String serviceToken(String audience) {
        return sign(serviceClaims(audience).build());
    }

    /** Signs with the published RS256 key, header {@code typ: JWT} as Entra sends it. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, rsaKey, JWSAlgorithm.RS256);
    }

    public String signEs256(JWTClaimsSet claims) {
        return sign(claims, ecKey, JWSAlgorithm.ES256);
    }

    /** Signs with any key, published or not; the header names the key's {@code kid}. */
    public static String sign(JWTClaimsSet claims, JWK key, JWSAlgorithm algorithm) {
        try {
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
            var header = new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build();
            var jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String randomKeyId() {
        return UUID.randomUUID().toString();
    }

    /** An {@link Access} value as a function method would declare it, for calling {@link HttpAccess} directly. */
    public static Access access(AccessPolicy policy, boolean mfa) {
        Objects.requireNonNull(policy, "'policy' must not be null");
        return new Access() {
            @Override
            public AccessPolicy value() {
                return policy;
            }

            @Override
            public boolean mfa() {
                return mfa;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return Access.class;
            }
        };
    }
}

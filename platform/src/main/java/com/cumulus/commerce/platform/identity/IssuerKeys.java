package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The issuer's signing keys: the discovery document is read on first use (so an app starts even while the
 * issuer is down), then its {@code jwks_uri} is cached by Nimbus, refreshed when a token names an unknown
 * {@code kid}, and rate limited so that tokens with made-up key ids cannot make us hammer the issuer.
 */
final class IssuerKeys implements JWKSource<SecurityContext> {

    static final Duration JWKS_TIME_TO_LIVE = Duration.ofMinutes(15);
    static final Duration JWKS_REFRESH_TIMEOUT = Duration.ofSeconds(15);
    // Nimbus allows two fetches per interval: one for the regular refresh, one for a key rotation.
    static final Duration JWKS_MIN_REFETCH_INTERVAL = Duration.ofSeconds(30);
    // after a failed discovery fetch, requests fail fast for this long instead of each trying again
    static final Duration DISCOVERY_RETRY_AFTER = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(IssuerKeys.class.getName());

    private final IdentitySettings settings;
    private final ResourceRetriever retriever;
    private final Clock clock;
    private volatile JWKSource<SecurityContext> keys;
    private Instant discoveryFailedAt;

    IssuerKeys(IdentitySettings settings, ResourceRetriever retriever, Clock clock) {
        this.settings = settings;
        this.retriever = retriever;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        var source = keys;
        return (source != null ? source : keys()).get(selector, context);
    }

    private synchronized JWKSource<SecurityContext> keys() throws KeySourceException {
        if (keys != null) {
            return keys;
        }
        Instant now = clock.now();
        if (discoveryFailedAt != null && now.isBefore(discoveryFailedAt.plus(DISCOVERY_RETRY_AFTER))) {
            throw new KeySourceException("issuer metadata unavailable");
        }
        try {
            URI jwksUri = discoverJwksUri();
            keys = JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
                    .cache(JWKS_TIME_TO_LIVE.toMillis(), JWKS_REFRESH_TIMEOUT.toMillis())
                    // no background refresh thread: a function app may be frozen between invocations
                    .refreshAheadCache(false)
                    .rateLimited(JWKS_MIN_REFETCH_INTERVAL.toMillis())
                    .retrying(false)
                    .build();
            discoveryFailedAt = null;
            return keys;
        } catch (IOException | RuntimeException e) {
            discoveryFailedAt = now;
            LOG.log(System.Logger.Level.WARNING, "identity metadata at {0} unusable: {1}",
                    settings.metadataUrl(), e.getMessage());
            throw new KeySourceException("issuer metadata unavailable", e);
        }
    }

    private URI discoverJwksUri() throws IOException {
        String body = retriever.retrieveResource(settings.metadataUrl().toURL()).getContent();
        JsonNode document = Json.mapper().readTree(body);
        String issuer = document.path("issuer").asText("");
        if (!issuer.equals(settings.issuerId())) {
            // OpenID Connect Discovery 1.0 section 4.3: the document must name the issuer we were configured with
            throw new IOException("metadata names issuer '" + issuer + "', expected '" + settings.issuerId() + "'");
        }
        URI jwksUri = URI.create(document.path("jwks_uri").asText(""));
        if (!IdentitySettings.isSecureOrLoopback(jwksUri)) {
            throw new IOException("jwks_uri must be an https URL");
        }
        return jwksUri;
    }
}

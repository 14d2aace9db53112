package com.cumulus.commerce.devhost.identity;

import com.cumulus.commerce.platform.config.AppSettings;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequestHandler;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for Entra External ID: an OIDC issuer (mock-oauth2-server) on 127.0.0.1 with discovery,
 * JWKS, a sign-in page (authorization code + PKCE), client credentials, and minting for demo users and
 * services. It signs with an RS256 key generated at each start, never the keys bundled in the library's jar,
 * so a token from an earlier run (or anyone's copy of the jar) does not verify.
 */
public final class EmbeddedIssuer implements AutoCloseable {

    public static final String ISSUER_ID = "commerce";
    public static final long TOKEN_LIFETIME_SECONDS = 3600;
    static final int DEFAULT_PORT = 7072;
    static final String DEFAULT_AUDIENCE = "api://cumulus-commerce";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedIssuer.class);
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(30);

    private final MockOAuth2Server server;
    private final OAuth2TokenProvider tokens;
    private final List<String> userAudiences;

    private EmbeddedIssuer(MockOAuth2Server server, OAuth2TokenProvider tokens, List<String> userAudiences) {
        this.server = server;
        this.tokens = tokens;
        this.userAudiences = userAudiences;
    }

    /**
     * Starts the issuer unless {@code IDENTITY_ISSUER} names another one (a real tenant): then the apps
     * validate against that and nothing local may mint tokens for it.
     */
    public static Optional<EmbeddedIssuer> startUnlessExternal(AppSettings settings) {
        var port = settings.getInt("DEVHOST_OIDC_PORT", DEFAULT_PORT);
        var configured = settings.get("IDENTITY_ISSUER");
        if (configured.isPresent() && !configured.get().equals(localIssuer(port))) {
            LOG.info("IDENTITY_ISSUER is {}: the embedded issuer stays off", configured.get());
            return Optional.empty();
        }
        return Optional.of(start(port, audiences(settings.get("IDENTITY_AUDIENCE", DEFAULT_AUDIENCE))));
    }

    /** Starts on 127.0.0.1 at {@code port} (0 picks a free one); user tokens carry {@code userAudiences}. */
    public static EmbeddedIssuer start(int port, List<String> userAudiences) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'port' must be between 0 and 65535");
        }
        Objects.requireNonNull(userAudiences, "'userAudiences' must not be null");
        var tokens = new OAuth2TokenProvider(new KeyProvider(List.of(), "RS256"));
        var callback = new CommerceTokenCallback(ISSUER_ID, userAudiences, TOKEN_LIFETIME_SECONDS);
        var config = new OAuth2Config(true, null, null, false, tokens, Set.of(callback), new MockWebServerWrapper());
        var server = new MockOAuth2Server(config,
                new SignInRoute(ISSUER_ID, new OAuth2HttpRequestHandler(config).getAuthorizationServer()));
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (Exception e) {
            // Kotlin rethrows the bind failure undeclared, so Java sees it only as Exception.
            throw new IllegalStateException("the embedded OIDC issuer cannot listen on 127.0.0.1:" + port
                    + " (set DEVHOST_OIDC_PORT to a free port)", e);
        }
        var issuer = new EmbeddedIssuer(server, tokens, List.copyOf(userAudiences));
        issuer.warmUp();
        LOG.info("embedded OIDC issuer: {}", issuer.issuer());
        return issuer;
    }

    /**
     * Serves discovery and JWKS once before the host is ready: the library's first answers load and compile much
     * of it, which on a busy machine took longer than the apps' 5 s metadata timeout, so the first signed-in
     * request after a start was refused ("issuer unavailable").
     */
    private void warmUp() {
        var client = HttpClient.newBuilder().connectTimeout(WARM_UP_TIMEOUT).build();
        for (var url : List.of(metadataUrl(), jwksUrl())) {
            try {
                client.send(HttpRequest.newBuilder(URI.create(url)).timeout(WARM_UP_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                LOG.warn("embedded OIDC issuer: {} did not answer at start: {}", url, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The exact {@code iss} of its tokens: {@code http://127.0.0.1:<port>/commerce}. The library names
     * itself {@code localhost} and takes {@code iss} from the host a request names, so every URL here says
     * 127.0.0.1, and clients must too (a token fetched through localhost carries another issuer).
     */
    public String issuer() {
        return localIssuer(port());
    }

    public String metadataUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    public String jwksUrl() {
        return issuer() + "/jwks";
    }

    public int port() {
        return server.baseUrl().port();
    }

    /** The app settings that point every app at this issuer, to publish before the apps are built. */
    public Map<String, String> settings() {
        var values = new LinkedHashMap<String, String>();
        values.put("IDENTITY_ISSUER", issuer());
        values.put("IDENTITY_METADATA_URL", metadataUrl());
        values.put("IDENTITY_AUDIENCE", String.join(",", userAudiences));
        return values;
    }

    /** An access token for a demo user, as the sign-in page would give it. */
    public String userToken(String username, boolean mfa) {
        return userToken(username, mfa, TOKEN_LIFETIME_SECONDS);
    }

    /**
     * The same with another lifetime; a negative one gives a token that expired that many seconds ago, which is
     * how the security tests show that devhost refuses expired tokens.
     */
    public String userToken(String username, boolean mfa, long lifetimeSeconds) {
        var user = DemoUser.find(username).orElseThrow(() -> new IllegalArgumentException(
                "'username' must be one of the demo users: " + DemoUser.ALL.stream().map(DemoUser::username).toList()));
        var claims = new LinkedHashMap<>(user.claims(mfa));
        claims.put("azp", "storefront");
        return mint("storefront", new FixedTokenCallback(ISSUER_ID, (String) claims.get("sub"), userAudiences,
                claims, lifetimeSeconds));
    }

    /** A client-credentials token for the service {@code clientId} calling the app at {@code audience}. */
    public String serviceToken(String clientId, String audience) {
        requireText(clientId, "clientId");
        requireText(audience, "audience");
        var claims = TokenClaims.service(clientId);
        return mint(clientId, new FixedTokenCallback(ISSUER_ID, (String) claims.get("sub"), List.of(audience),
                claims, TOKEN_LIFETIME_SECONDS));
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("embedded OIDC issuer stop: {}", e.getMessage());
        }
    }

    private String mint(String clientId, FixedTokenCallback callback) {
        var issuerUrl = HttpUrl.get(issuer());
        var request = new TokenRequest(URI.create(issuer() + "/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret("unused")), new ClientCredentialsGrant());
        return tokens.accessToken(request, issuerUrl, callback, null).serialize();
    }

    static String localIssuer(int port) {
        return "http://127.0.0.1:" + port + "/" + ISSUER_ID;
    }

    private static List<String> audiences(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }
}

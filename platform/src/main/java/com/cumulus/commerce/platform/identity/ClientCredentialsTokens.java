package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.OutgoingHttpCalls;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ServiceTokens} by the OAuth 2.0 client credentials grant at the issuer's token endpoint (from its
 * discovery document), asking {@code <audience>/.default} as Entra expects. A token is reused until five
 * minutes before it expires, so a busy app asks the issuer about once an hour per audience.
 */
public final class ClientCredentialsTokens implements ServiceTokens {

    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final IdentitySettings settings;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient client;
    private final Clock clock;
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();
    private volatile URI tokenEndpoint;

    public ClientCredentialsTokens(IdentitySettings settings, String clientId, String clientSecret, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.clientId = requireText(clientId, "clientId");
        this.clientSecret = requireText(clientSecret, "clientSecret");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.client = OutgoingHttpCalls.counted("service tokens",
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    @Override
    public String tokenFor(String audience) throws IOException {
        requireText(audience, "audience");
        var current = issued.get(audience);
        if (current != null && clock.now().isBefore(current.renewAt())) {
            return current.token();
        }
        synchronized (this) {
            current = issued.get(audience);
            if (current != null && clock.now().isBefore(current.renewAt())) {
                return current.token();
            }
            var fresh = request(audience);
            issued.put(audience, fresh);
            return fresh.token();
        }
    }

    private Issued request(String audience) throws IOException {
        var form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret) + "&scope=" + encode(audience + "/.default");
        var request = HttpRequest.newBuilder(endpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var response = send(request);
        if (response.statusCode() != 200) {
            throw new IOException("the issuer's token endpoint answered " + response.statusCode());
        }
        var body = Json.mapper().readTree(response.body());
        var token = body.path("access_token").asText("");
        if (token.isEmpty()) {
            throw new IOException("the issuer's token endpoint answered no access_token");
        }
        var lifetime = Duration.ofSeconds(body.path("expires_in").asLong(0));
        return new Issued(token, clock.now().plus(lifetime).minus(RENEW_BEFORE_EXPIRY));
    }

    private URI endpoint() throws IOException {
        if (tokenEndpoint == null) {
            var request = HttpRequest.newBuilder(settings.metadataUrl()).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build();
            var response = send(request);
            if (response.statusCode() != 200) {
                throw new IOException("identity metadata answered " + response.statusCode());
            }
            var document = Json.mapper().readTree(response.body());
            if (!settings.issuerId().equals(document.path("issuer").asText(""))) {
                throw new IOException("identity metadata names another issuer");
            }
            var endpoint = URI.create(document.path("token_endpoint").asText(""));
            if (!IdentitySettings.isSecureOrLoopback(endpoint)) {
                throw new IOException("token_endpoint must be an https URL");
            }
            tokenEndpoint = endpoint;
        }
        return tokenEndpoint;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking the issuer", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
        return value;
    }

    private record Issued(String token, Instant renewAt) {
    }
}

package com.cumulus.commerce.systemtests.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.cumulus.commerce.devhost.DevHost;
import com.cumulus.commerce.devhost.identity.EmbeddedIssuer;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * One devhost with the seeded catalog and its embedded issuer, for one security test class. Settings are
 * published as JVM system properties and outlive the host, so every setting these tests lean on is set here
 * explicitly rather than inherited from the class that ran before.
 */
final class SecurityFixture implements AutoCloseable {

    static final String SEEDED_SKU = "85123A";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PAYMENTS_AUDIENCE = "api://cumulus-payments";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final DevHost host;
    private final List<String> startupLog;

    private SecurityFixture(DevHost host, List<String> startupLog) {
        this.host = host;
        this.startupLog = startupLog;
    }

    static SecurityFixture start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** Starts devhost with the defaults below, then {@code overrides} laid over them. */
    static SecurityFixture start(Path dataDir, Map<String, String> overrides) {
        var settings = new TreeMap<String, String>();
        // a port known before start, so the orders app can be told where the catalog's API is
        int port = freePort();
        settings.put("DEVHOST_PORT", Integer.toString(port));
        settings.put("CATALOG_API_BASE_URL", "http://127.0.0.1:" + port + "/api");
        settings.put("DEVHOST_OIDC_PORT", "0");
        settings.put("COMMERCE_DATA_DIR", dataDir.toString());
        settings.put("DEVHOST_SCAN_PACKAGES",
                "com.cumulus.commerce.catalog,com.cumulus.commerce.orders,com.cumulus.commerce.payments");
        settings.put("DEVHOST_LOG_INVOCATIONS", "false");
        settings.put("DEVHOST_MAX_REQUEST_BYTES", "1048576");
        settings.put("CATALOG_SEED_DEMO", "true");
        settings.put("CATALOG_SERVICE_AUDIENCE", "api://cumulus-catalog");
        settings.put("ORDERS_SERVICE_AUDIENCE", "api://cumulus-orders");
        settings.put("PAYMENTS_SERVICE_AUDIENCE", PAYMENTS_AUDIENCE);
        settings.put("PAYMENTS_GATEWAY", "simulated");
        settings.put("PAYMENTS_SIM_WEBHOOK_DELAY_MS", "300");
        settings.put("PAYMENTS_REFUND_APPROVAL_THRESHOLD", "10000");
        settings.put("PAYMENTS_WEBHOOK_TOLERANCE_SECONDS", "300");
        settings.put("DEVHOST_WORKFLOWS_DIR", "logic-apps");
        settings.put("IDENTITY_ISSUER", "");
        settings.put("IDENTITY_METADATA_URL", "");
        settings.put("IDENTITY_AUDIENCE", "api://cumulus-commerce");
        settings.put("IDENTITY_MFA_AUTH_CONTEXT", "");
        settings.put("IDENTITY_CLOCK_SKEW_SECONDS", "300");
        settings.put("RATE_LIMIT_PER_IP_PER_MINUTE", "100000");
        settings.put("RATE_LIMIT_PER_CLIENT_PER_MINUTE", "100000");
        settings.putAll(overrides);
        var log = new ListAppender<ILoggingEvent>();
        var devhostLogger = (Logger) LoggerFactory.getLogger("devhost");
        log.start();
        devhostLogger.addAppender(log);
        try {
            var host = DevHost.start(Path.of("").toAbsolutePath().getParent(), settings);
            return new SecurityFixture(host, log.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        } finally {
            devhostLogger.detachAppender(log);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What devhost logged while it started, including its listing of the routes it serves. */
    List<String> startupLog() {
        return startupLog;
    }

    EmbeddedIssuer issuer() {
        return host.issuer().orElseThrow();
    }

    String userToken(String user, boolean mfa) {
        return issuer().userToken(user, mfa);
    }

    /** A client-credentials token for a service calling the app at {@code audience}. */
    String serviceToken(String audience) {
        return issuer().serviceToken("security-tests", audience);
    }

    /** A catalog manager's token (demo user carol). */
    String managerToken() {
        return userToken("carol", false);
    }

    URI api(String pathAndQuery) {
        return URI.create(host.baseUri() + pathAndQuery);
    }

    /** A path outside the route prefix, such as the host's own {@code /admin/host/status}. */
    URI root(String path) {
        return URI.create("http://127.0.0.1:" + host.port() + path);
    }

    HttpRequest.Builder request(String method, String pathAndQuery, String json) {
        return request(method, api(pathAndQuery), json);
    }

    HttpRequest.Builder request(String method, URI uri, String json) {
        var builder = HttpRequest.newBuilder(uri);
        if (json == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
    }

    HttpRequest.Builder asManager(String method, String pathAndQuery, String json) {
        return request(method, pathAndQuery, json).header("Authorization", "Bearer " + managerToken());
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request("GET", pathAndQuery, null));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    /**
     * Sends on a connection no later request reuses: a host that refuses a body without reading it (413) may
     * close the connection under the client's pool.
     */
    HttpResponse<String> sendOnOwnConnection(HttpRequest.Builder request) {
        return send(HttpClient.newHttpClient(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("devhost did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling devhost", e);
        }
    }

    /** Creates a product as the catalog manager and answers its ETag. */
    String createProduct(String sku) {
        var response = send(asManager("PUT", "/products/" + sku, productJson(sku, 1299)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** Creates the stock level of a SKU (its first adjustment) and answers its ETag. */
    String createStock(String sku, long onHand) {
        var response = send(asManager("POST", "/stock/" + sku + "/adjustments",
                "{\"delta\": " + onHand + ", \"reason\": \"first count\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    static String productJson(String sku, long amount) {
        return """
                {"sku": "%s", "title": "Enamel Mug", "description": "A mug.", "category": "kitchen",
                 "attributes": {}, "images": [], "prices": {"EUR": {"amount": %d, "currency": "EUR"}}}"""
                .formatted(sku, amount);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Asserts an RFC 9457 problem with this status, and answers it. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        var problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("https://");
        return problem;
    }

    @Override
    public void close() {
        host.close();
    }
}

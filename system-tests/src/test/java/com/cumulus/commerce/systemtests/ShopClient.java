package com.cumulus.commerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shop over HTTP as a storefront, a catalog manager, an operator, the saga's services and the PSP see it,
 * against a running devhost (in this JVM or a child one): the one client every end-to-end suite uses. Tokens come
 * from devhost's embedded issuer through {@code POST /devhost/tokens}, so they work against a child JVM too.
 */
public final class ShopClient {

    public static final Set<String> FINAL_STATES = Set.of("CONFIRMED", "FAILED", "CANCELLED", "REFUNDED");
    public static final String PROBLEM_JSON = "application/problem+json";
    /** A product of the seeded demo catalog. */
    public static final String SEEDED_SKU = "85123A";
    public static final String PAYMENTS_AUDIENCE = ShopSettings.PAYMENTS_AUDIENCE;
    public static final String CATALOG_AUDIENCE = ShopSettings.CATALOG_AUDIENCE;
    public static final String ORDERS_AUDIENCE = ShopSettings.ORDERS_AUDIENCE;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI origin;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public ShopClient(int port) {
        this.origin = URI.create("http://127.0.0.1:" + port);
    }

    // --- tokens

    /** Forgets minted tokens: after a restart devhost signs with new keys. */
    public void forgetTokens() {
        tokens.clear();
    }

    /** A demo user's token, signed in with or without MFA. */
    public String userToken(String user, boolean mfa) {
        return tokens.computeIfAbsent((mfa ? "mfa:" : "pwd:") + user,
                k -> mint("{\"user\": \"" + user + "\", \"mfa\": " + mfa + "}"));
    }

    /** A customer signed in with MFA, as checkout needs. */
    public String customer(String user) {
        return userToken(user, true);
    }

    public String customerWithoutMfa(String user) {
        return userToken(user, false);
    }

    /** A catalog manager's token (demo user carol). */
    public String manager() {
        return userToken("carol", false);
    }

    /** An operator's token with MFA (demo user oscar). */
    public String operator() {
        return userToken("oscar", true);
    }

    /** A client-credentials token for a service calling the app at {@code audience}. */
    public String service(String audience) {
        return tokens.computeIfAbsent("svc:" + audience,
                k -> mint("{\"service\": \"system-tests\", \"audience\": \"" + audience + "\"}"));
    }

    private String mint(String request) {
        var response = send(HttpRequest.newBuilder(origin.resolve("/devhost/tokens"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(request)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token minting answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    // --- requests

    /** {@code /api} plus the path and query. */
    public URI api(String pathAndQuery) {
        return origin.resolve("/api" + pathAndQuery);
    }

    /** A path outside the route prefix, such as the host's own {@code /admin/host/status}. */
    public URI root(String path) {
        return origin.resolve(path);
    }

    /** A request with a JSON body (or none when {@code json} is null), to add headers to before sending. */
    public HttpRequest.Builder request(String method, String pathAndQuery, String json) {
        return request(method, api(pathAndQuery), json);
    }

    public HttpRequest.Builder request(String method, URI uri, String json) {
        var builder = HttpRequest.newBuilder(uri);
        if (json == null) {
            return builder.method(method, BodyPublishers.noBody());
        }
        return builder.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
    }

    public HttpRequest.Builder as(String token, String method, String pathAndQuery, String json) {
        return request(method, pathAndQuery, json).header("Authorization", "Bearer " + token);
    }

    public HttpRequest.Builder asManager(String method, String pathAndQuery, String json) {
        return as(manager(), method, pathAndQuery, json);
    }

    /** Sends with a bearer token (none when null), a JSON body (none when null) and extra headers. */
    public HttpResponse<String> call(String method, String path, String token, String body,
                                     Map<String, String> headers) {
        var request = request(method, path, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request("GET", pathAndQuery, null));
    }

    public HttpResponse<String> get(String pathAndQuery, String token) {
        return call("GET", pathAndQuery, token, null, Map.of());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(client, request);
    }

    /** Sends a request built once, for instance to send the same one from many threads at the same instant. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("devhost did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling devhost", e);
        }
    }

    /**
     * Sends on a connection no later request reuses: a host that refuses a body without reading it (413) may
     * close the connection under the client's pool.
     */
    public HttpResponse<String> sendOnOwnConnection(HttpRequest.Builder request) {
        return send(HttpClient.newHttpClient(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("devhost did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling devhost", e);
        }
    }

    // --- catalog and stock

    /** A product priced in EUR with exactly {@code onHand} units. */
    public void createProduct(String sku, long priceMinor, long onHand) {
        expect(send(asManager("PUT", "/products/" + sku, productJson(sku, priceMinor))), 201);
        adjustStock(sku, onHand);
    }

    /** Creates a product at 12.99 EUR as the catalog manager and answers its ETag. */
    public String createProduct(String sku) {
        var response = send(asManager("PUT", "/products/" + sku, productJson(sku, 1299)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** Creates the stock level of a SKU (its first adjustment) and answers its ETag. */
    public String createStock(String sku, long onHand) {
        return adjustStock(sku, onHand);
    }

    /** Adds {@code delta} units to the SKU's stock as the catalog manager and answers the stock's ETag. */
    public String adjustStock(String sku, long delta) {
        var response = send(asManager("POST", "/stock/" + sku + "/adjustments",
                "{\"delta\": " + delta + ", \"reason\": \"first count\"}"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    public static String productJson(String sku, long amount) {
        return """
                {"sku": "%s", "title": "Enamel Mug", "description": "A mug.", "category": "kitchen",
                 "attributes": {}, "images": [], "prices": {"EUR": {"amount": %d, "currency": "EUR"}}}"""
                .formatted(sku, amount);
    }

    public JsonNode stock(String sku) {
        return json(expect(get("/stock/" + sku, null), 200));
    }

    /** The reservation of an order, as the saga reads it (whatever the status code). */
    public JsonNode reservation(String orderId) {
        return json(get("/reservations/" + orderId, service(CATALOG_AUDIENCE)));
    }

    // --- carts, checkout and orders

    /** Puts a new cart for the customer and answers its id. */
    public String cart(String user, Map<String, Integer> lines) {
        var cartId = randomId();
        var body = Json.mapper().createObjectNode();
        var array = body.putArray("lines");
        lines.forEach((sku, quantity) -> array.addObject().put("sku", sku).put("quantity", quantity));
        expect(call("PUT", "/carts/" + cartId, customer(user), body.toString(), Map.of()), 200, 201);
        return cartId;
    }

    /** {@code POST /checkout} with this Idempotency-Key, as the customer with MFA. */
    public HttpResponse<String> checkout(String user, String idempotencyKey, String cartId, String paymentMethod) {
        ObjectNode body = Json.mapper().createObjectNode().put("cartId", cartId).put("paymentMethod", paymentMethod);
        return call("POST", "/checkout", customer(user), body.toString(), Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Cart, then checkout; answers the order id. */
    public String placeOrder(String user, String sku, int quantity, String paymentMethod) {
        var response = checkout(user, randomId(), cart(user, Map.of(sku, quantity)), paymentMethod);
        expect(response, 202);
        return json(response).get("orderId").asText();
    }

    public JsonNode order(String user, String orderId) {
        return json(expect(get("/orders/" + orderId, customer(user)), 200));
    }

    /** The order once it is in a final state; fails if it is not within {@code timeout}. */
    public JsonNode awaitFinalOrder(String user, String orderId, Duration timeout) {
        return await("order " + orderId + " final").atMost(timeout)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> order(user, orderId), order -> FINAL_STATES.contains(order.get("status").asText()));
    }

    /** The order once it has {@code status}; fails if it has not within {@code timeout}. */
    public JsonNode awaitOrderStatus(String user, String orderId, String status, Duration timeout) {
        return await("order " + orderId + " " + status).atMost(timeout)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> order(user, orderId), order -> order.get("status").asText().equals(status));
    }

    // --- payments and refunds

    public JsonNode payment(String paymentId) {
        return json(expect(get("/payments/" + paymentId, service(PAYMENTS_AUDIENCE)), 200));
    }

    /** An operator's refund request with a fresh Idempotency-Key. */
    public HttpResponse<String> refund(String paymentId, long amountMinor) {
        return call("POST", "/payments/" + paymentId + "/refunds", operator(),
                "{\"amount\": {\"amount\": " + amountMinor + ", \"currency\": \"EUR\"}}",
                Map.of("Idempotency-Key", randomId()));
    }

    public String refundStatus(String paymentId, String refundId) {
        return json(get("/payments/" + paymentId + "/refunds/" + refundId, service(PAYMENTS_AUDIENCE)))
                .get("status").asText();
    }

    /** The payment of an order: one per order, named after it. */
    public static String paymentIdOf(String orderId) {
        return "pay_" + orderId.substring(4);
    }

    // --- PSP webhooks

    /**
     * A Standard Webhooks signature header value: {@code v1,} and the Base64 HMAC-SHA256 of
     * {@code id.timestamp.body} under {@code secret}.
     */
    public static String webhookSignature(String secret, String eventId, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((eventId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A PSP webhook delivery signed with {@code secret}, ready to send. */
    public HttpRequest.Builder signedWebhook(String secret, String eventId, long timestamp, String body) {
        return request("POST", "/webhooks/payments", body)
                .header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", webhookSignature(secret, eventId, timestamp, body));
    }

    // --- workflow runs, for an operator

    /** A page of a workflow's runs, newest first. */
    public JsonNode workflowRuns(String workflow, int limit) {
        return json(expect(get("/ops/workflows/" + workflow + "/runs?limit=" + limit, operator()), 200));
    }

    public JsonNode workflowRun(String workflow, String runId) {
        return json(expect(get("/ops/workflows/" + workflow + "/runs/" + runId, operator()), 200));
    }

    // --- ids and answers

    public static String randomId() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A well-formed order id no order has: {@code ord_} and 26 random base-32 characters. */
    public static String randomOrderId() {
        var id = new StringBuilder("ord_");
        for (int i = 0; i < 26; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The response if its status is one of {@code statuses}; otherwise fails naming the call and its answer. */
    public static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    /** Asserts an RFC 9457 problem with this status, and answers it. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        var problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("https://");
        return problem;
    }
}

package com.cumulus.commerce.systemtests.checkout;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shop as a storefront, a catalog manager and the saga's services see it, over HTTP against a running
 * devhost (in this JVM or a child one). Tokens come from devhost's {@code POST /devhost/tokens}.
 */
final class ShopClient {

    static final Set<String> FINAL_STATES = Set.of("CONFIRMED", "FAILED", "CANCELLED", "REFUNDED");
    static final String PAYMENTS_AUDIENCE = "api://cumulus-payments";
    static final String CATALOG_AUDIENCE = "api://cumulus-catalog";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI origin;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    ShopClient(int port) {
        this.origin = URI.create("http://127.0.0.1:" + port);
    }

    /** Forgets minted tokens: after a restart devhost signs with new keys. */
    void forgetTokens() {
        tokens.clear();
    }

    String customer(String user) {
        return tokens.computeIfAbsent("user:" + user, k -> mint("{\"user\": \"" + user + "\", \"mfa\": true}"));
    }

    String customerWithoutMfa(String user) {
        return tokens.computeIfAbsent("pwd:" + user, k -> mint("{\"user\": \"" + user + "\", \"mfa\": false}"));
    }

    String manager() {
        return tokens.computeIfAbsent("user:carol", k -> mint("{\"user\": \"carol\"}"));
    }

    String operator() {
        return tokens.computeIfAbsent("op:oscar", k -> mint("{\"user\": \"oscar\", \"mfa\": true}"));
    }

    String service(String audience) {
        return tokens.computeIfAbsent("svc:" + audience,
                k -> mint("{\"service\": \"checkout-tests\", \"audience\": \"" + audience + "\"}"));
    }

    private String mint(String request) {
        var response = send(HttpRequest.newBuilder(origin.resolve("/devhost/tokens"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(request)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token minting answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    HttpResponse<String> call(String method, String path, String token, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(origin.resolve("/api" + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> get(String path, String token) {
        return call("GET", path, token, null, Map.of());
    }

    /** A product priced in EUR with exactly {@code onHand} units. */
    void createProduct(String sku, long priceMinor, long onHand) {
        var product = """
                {"sku": "%s", "title": "Saga Mug %s", "description": "A mug for checkout tests.", "category": "kitchen",
                 "attributes": {}, "images": [], "prices": {"EUR": {"amount": %d, "currency": "EUR"}}}"""
                .formatted(sku, sku, priceMinor);
        expect(call("PUT", "/products/" + sku, manager(), product, Map.of()), 201);
        expect(call("POST", "/stock/" + sku + "/adjustments", manager(),
                "{\"delta\": " + onHand + ", \"reason\": \"first count\"}", Map.of()), 200);
    }

    /** Puts a new cart for the customer and answers its id. */
    String cart(String user, Map<String, Integer> lines) {
        var cartId = randomId();
        var body = Json.mapper().createObjectNode();
        var array = body.putArray("lines");
        lines.forEach((sku, quantity) -> array.addObject().put("sku", sku).put("quantity", quantity));
        expect(call("PUT", "/carts/" + cartId, customer(user), body.toString(), Map.of()), 200, 201);
        return cartId;
    }

    HttpResponse<String> checkout(String user, String idempotencyKey, String cartId, String paymentMethod) {
        ObjectNode body = Json.mapper().createObjectNode().put("cartId", cartId).put("paymentMethod", paymentMethod);
        return call("POST", "/checkout", customer(user), body.toString(), Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Cart, then checkout; answers the order id. */
    String placeOrder(String user, String sku, int quantity, String paymentMethod) {
        var response = checkout(user, randomId(), cart(user, Map.of(sku, quantity)), paymentMethod);
        expect(response, 202);
        return json(response).get("orderId").asText();
    }

    JsonNode order(String user, String orderId) {
        return json(expect(get("/orders/" + orderId, customer(user)), 200));
    }

    JsonNode awaitFinalOrder(String user, String orderId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode order = order(user, orderId);
        while (!FINAL_STATES.contains(order.get("status").asText()) && Instant.now().isBefore(deadline)) {
            sleep(200);
            order = order(user, orderId);
        }
        return order;
    }

    JsonNode stock(String sku) {
        return json(expect(get("/stock/" + sku, null), 200));
    }

    JsonNode payment(String paymentId) {
        return json(expect(get("/payments/" + paymentId, service(PAYMENTS_AUDIENCE)), 200));
    }

    JsonNode reservation(String orderId) {
        return json(get("/reservations/" + orderId, service(CATALOG_AUDIENCE)));
    }

    static String paymentIdOf(String orderId) {
        return "pay_" + orderId.substring(4);
    }

    static String randomId() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
